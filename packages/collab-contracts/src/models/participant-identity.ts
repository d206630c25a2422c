import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { ParticipantTypeSchema } from "../enums/participant-type.js";
import { idField, optionalText } from "../schema/fields.js";

/** Who a participant is: minted by the SaaS side at join time, never by a client. */
export type ParticipantIdentity = Static<typeof ParticipantIdentitySchema>;

/** Schema of `ParticipantIdentity`. Extra fields are tolerated. */
export const ParticipantIdentitySchema = Type.Object(
  {
    participant_id: idField("Mission-scoped participant id, minted by the SaaS side at join time."),
    participant_type: ParticipantTypeSchema,
    display_name: optionalText("Human-readable name shown to other participants; absent or null when unknown."),
    session_id: optionalText("Session the participant acts from (CLI or SaaS); absent or null when unknown."),
  },
  { description: "Identity of one mission participant: a human, or one LLM agent session (`llm_context`)." },
);

/** Compiled (on first use) validator of `ParticipantIdentity`. */
export const participantIdentityValidator = createValidator(ParticipantIdentitySchema);

/** True when `value` is a valid `ParticipantIdentity`. */
export function isParticipantIdentity(value: unknown): value is ParticipantIdentity {
  return participantIdentityValidator.check(value);
}
