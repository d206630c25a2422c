import { type Static, Type } from "@sinclair/typebox";
import { ParticipantIdentitySchema } from "../models/participant-identity.js";
import { describedAs, idField, missionIdField } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `ParticipantInvited`. An invitation to the mission. It does not make the participant active; `ParticipantJoined` does. */
export type ParticipantInvitedPayload = Static<typeof ParticipantInvitedPayloadSchema>;

/** Schema of the `ParticipantInvited` payload. Extra fields are tolerated. */
export const ParticipantInvitedPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    participant_id: idField("Participant id minted by the SaaS side for the invitee."),
    participant_identity: describedAs(ParticipantIdentitySchema, "Identity the invitee will have once it joins."),
    invited_by: idField("Participant id of whoever sent the invitation."),
  },
  { description: "An invitation to the mission. It does not make the participant active; `ParticipantJoined` does." },
);

/** Compiled (on first use) validator of the `ParticipantInvited` payload. */
export const participantInvitedPayloadValidator = createPayloadValidator("ParticipantInvited", ParticipantInvitedPayloadSchema);

/** True when `value` is a valid `ParticipantInvited` payload. */
export function isParticipantInvitedPayload(value: unknown): value is ParticipantInvitedPayload {
  return participantInvitedPayloadValidator.check(value);
}
