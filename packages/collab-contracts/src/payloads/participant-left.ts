import { type Static, Type } from "@sinclair/typebox";
import { idField, missionIdField, optionalText } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `ParticipantLeft`. A participant left the mission: its drive intent, focus, presence and executions are cleared. */
export type ParticipantLeftPayload = Static<typeof ParticipantLeftPayloadSchema>;

/** Schema of the `ParticipantLeft` payload. Extra fields are tolerated. */
export const ParticipantLeftPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    participant_id: idField("Participant that left."),
    reason: optionalText("Why it left, e.g. `disconnect` or `explicit`; absent or null when unknown."),
  },
  { description: "A participant left the mission: its drive intent, focus, presence and executions are cleared." },
);

/** Compiled (on first use) validator of the `ParticipantLeft` payload. */
export const participantLeftPayloadValidator = createPayloadValidator("ParticipantLeft", ParticipantLeftPayloadSchema);

/** True when `value` is a valid `ParticipantLeft` payload. */
export function isParticipantLeftPayload(value: unknown): value is ParticipantLeftPayload {
  return participantLeftPayloadValidator.check(value);
}
