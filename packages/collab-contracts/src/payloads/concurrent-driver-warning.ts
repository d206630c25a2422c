import { type Static, Type } from "@sinclair/typebox";
import { WarningSeveritySchema } from "../enums/warning-severity.js";
import { FocusTargetSchema } from "../models/focus-target.js";
import { describedAs, idField, missionIdField, participantIdsField } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `ConcurrentDriverWarning`. Advisory warning: several active drivers focus the same target. Never blocks. Emitted by the envelope's `node_id`, not by a participant. */
export type ConcurrentDriverWarningPayload = Static<typeof ConcurrentDriverWarningPayloadSchema>;

/** Schema of the `ConcurrentDriverWarning` payload. Extra fields are tolerated. */
export const ConcurrentDriverWarningPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    warning_id: idField("Id of this warning; acknowledgements refer to it."),
    participant_ids: participantIdsField("Participants driving on the same target (at least 2), in the emitter's order."),
    focus_target: describedAs(FocusTargetSchema, "The target the participants share."),
    severity: WarningSeveritySchema,
  },
  { description: "Advisory warning: several active drivers focus the same target. Never blocks. Emitted by the envelope's `node_id`, not by a participant." },
);

/** Compiled (on first use) validator of the `ConcurrentDriverWarning` payload. */
export const concurrentDriverWarningPayloadValidator = createPayloadValidator("ConcurrentDriverWarning", ConcurrentDriverWarningPayloadSchema);

/** True when `value` is a valid `ConcurrentDriverWarning` payload. */
export function isConcurrentDriverWarningPayload(value: unknown): value is ConcurrentDriverWarningPayload {
  return concurrentDriverWarningPayloadValidator.check(value);
}
