import { type Static, Type } from "@sinclair/typebox";
import { SessionLinkTypeSchema } from "../enums/session-link-type.js";
import { idField, missionIdField } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `SessionLinked`. Two sessions (CLI and SaaS) of one participant were linked; the participant stays one participant. */
export type SessionLinkedPayload = Static<typeof SessionLinkedPayloadSchema>;

/** Schema of the `SessionLinked` payload. Extra fields are tolerated. */
export const SessionLinkedPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    participant_id: idField("Participant owning both sessions."),
    primary_session_id: idField("The session the link was made from."),
    linked_session_id: idField("The session linked to the primary one."),
    link_type: SessionLinkTypeSchema,
  },
  { description: "Two sessions (CLI and SaaS) of one participant were linked; the participant stays one participant." },
);

/** Compiled (on first use) validator of the `SessionLinked` payload. */
export const sessionLinkedPayloadValidator = createPayloadValidator("SessionLinked", SessionLinkedPayloadSchema);

/** True when `value` is a valid `SessionLinked` payload. */
export function isSessionLinkedPayload(value: unknown): value is SessionLinkedPayload {
  return sessionLinkedPayloadValidator.check(value);
}
