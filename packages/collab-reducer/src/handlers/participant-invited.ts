import type { PARTICIPANT_INVITED } from "@sk/collab-contracts";
import { reasons } from "../errors/reasons.js";
import type { Handler } from "../fold/handler.js";
import { recordAnomaly } from "../fold/rules.js";
import { normaliseIdentity } from "../state/normalise.js";

/**
 * Records an invitation; it does not make the participant active. Already
 * invited or active: nothing, and an anomaly in both modes. A departed
 * participant may be invited again.
 */
export const participantInvited: Handler<typeof PARTICIPANT_INVITED> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (state.invited.has(participantId) || state.participants.has(participantId)) {
    // Not a rejection (strict mode records it too): the event had no effect.
    recordAnomaly(state, event, "DUPLICATE_INVITE", reasons.duplicateInvite(participantId));
    return true;
  }
  state.changes.mapSet(state.invited, participantId, normaliseIdentity(payload.participant_identity));
  return true;
};
