import { type Static, Type } from "@sinclair/typebox";
import { DriveIntentSchema } from "../enums/drive-intent.js";
import { idField, missionIdField } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `DriveIntentSet`. A participant declares whether it intends to drive. Advisory only: several participants may drive at once. */
export type DriveIntentSetPayload = Static<typeof DriveIntentSetPayloadSchema>;

/** Schema of the `DriveIntentSet` payload. Extra fields are tolerated. */
export const DriveIntentSetPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    participant_id: idField("Participant setting its intent."),
    intent: DriveIntentSchema,
  },
  { description: "A participant declares whether it intends to drive. Advisory only: several participants may drive at once." },
);

/** Compiled (on first use) validator of the `DriveIntentSet` payload. */
export const driveIntentSetPayloadValidator = createPayloadValidator("DriveIntentSet", DriveIntentSetPayloadSchema);

/** True when `value` is a valid `DriveIntentSet` payload. */
export function isDriveIntentSetPayload(value: unknown): value is DriveIntentSetPayload {
  return driveIntentSetPayloadValidator.check(value);
}
