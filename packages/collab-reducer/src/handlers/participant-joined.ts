import type { PARTICIPANT_JOINED } from "@sk/collab-contracts";
import { reasons } from "../errors/reasons.js";
import type { Handler } from "../fold/handler.js";
import { recordAnomaly } from "../fold/rules.js";
import { normaliseIdentity } from "../state/normalise.js";

/**
 * The participant becomes active with the payload's identity; a departed one
 * moves back, an invitation is consumed. Already active: nothing, and an
 * anomaly in both modes.
 */
export const participantJoined: Handler<typeof PARTICIPANT_JOINED> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (state.participants.has(participantId)) {
    // Not a rejection (strict mode records it too): the event had no effect.
    recordAnomaly(state, event, "DUPLICATE_JOIN", reasons.duplicateJoin(participantId));
    return true;
  }
  state.changes.delete(state.departed, participantId);
  state.changes.delete(state.invited, participantId);
  state.changes.mapSet(state.participants, participantId, normaliseIdentity(payload.participant_identity));
  return true;
};
