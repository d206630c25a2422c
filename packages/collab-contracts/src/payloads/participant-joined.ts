import { type Static, Type } from "@sinclair/typebox";
import { ParticipantIdentitySchema } from "../models/participant-identity.js";
import { describedAs, idField, missionIdField, optionalId } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `ParticipantJoined`. A participant joined the mission and became active (a departed participant rejoins the same way). */
export type ParticipantJoinedPayload = Static<typeof ParticipantJoinedPayloadSchema>;

/** Schema of the `ParticipantJoined` payload. Extra fields are tolerated. */
export const ParticipantJoinedPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    participant_id: idField("Participant id minted by the SaaS side at join time."),
    participant_identity: describedAs(ParticipantIdentitySchema, "Identity of the joining participant; replaces any earlier one on rejoin."),
    auth_principal_id: optionalId("Auth principal the participant id is bound to (see `AuthPrincipalBinding`); absent or null when not disclosed."),
  },
  { description: "A participant joined the mission and became active (a departed participant rejoins the same way)." },
);

/** Compiled (on first use) validator of the `ParticipantJoined` payload. */
export const participantJoinedPayloadValidator = createPayloadValidator("ParticipantJoined", ParticipantJoinedPayloadSchema);

/** True when `value` is a valid `ParticipantJoined` payload. */
export function isParticipantJoinedPayload(value: unknown): value is ParticipantJoinedPayload {
  return participantJoinedPayloadValidator.check(value);
}
