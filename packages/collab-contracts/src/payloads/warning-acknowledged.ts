import { type Static, Type } from "@sinclair/typebox";
import { WarningAcknowledgementSchema } from "../enums/warning-acknowledgement.js";
import { idField, missionIdField } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `WarningAcknowledged`. A participant acknowledged an advisory warning; a later acknowledgement by the same participant overwrites it. */
export type WarningAcknowledgedPayload = Static<typeof WarningAcknowledgedPayloadSchema>;

/** Schema of the `WarningAcknowledged` payload. Extra fields are tolerated. */
export const WarningAcknowledgedPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    participant_id: idField("Participant acknowledging the warning."),
    warning_id: idField("The acknowledged warning (`warning_id` of a warning event)."),
    acknowledgement: WarningAcknowledgementSchema,
  },
  { description: "A participant acknowledged an advisory warning; a later acknowledgement by the same participant overwrites it." },
);

/** Compiled (on first use) validator of the `WarningAcknowledged` payload. */
export const warningAcknowledgedPayloadValidator = createPayloadValidator("WarningAcknowledged", WarningAcknowledgedPayloadSchema);

/** True when `value` is a valid `WarningAcknowledged` payload. */
export function isWarningAcknowledgedPayload(value: unknown): value is WarningAcknowledgedPayload {
  return warningAcknowledgedPayloadValidator.check(value);
}
