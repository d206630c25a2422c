import { type Static, Type } from "@sinclair/typebox";
import { idField, missionIdField, optionalText } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `PresenceHeartbeat`. A participant's session is alive; the envelope `timestamp` is recorded as its last presence. */
export type PresenceHeartbeatPayload = Static<typeof PresenceHeartbeatPayloadSchema>;

/** Schema of the `PresenceHeartbeat` payload. Extra fields are tolerated. */
export const PresenceHeartbeatPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    participant_id: idField("Participant whose session is alive."),
    session_id: optionalText("Session that sent the heartbeat (a participant may have CLI and SaaS sessions); absent or null when unknown."),
  },
  { description: "A participant's session is alive; the envelope `timestamp` is recorded as its last presence." },
);

/** Compiled (on first use) validator of the `PresenceHeartbeat` payload. */
export const presenceHeartbeatPayloadValidator = createPayloadValidator("PresenceHeartbeat", PresenceHeartbeatPayloadSchema);

/** True when `value` is a valid `PresenceHeartbeat` payload. */
export function isPresenceHeartbeatPayload(value: unknown): value is PresenceHeartbeatPayload {
  return presenceHeartbeatPayloadValidator.check(value);
}
