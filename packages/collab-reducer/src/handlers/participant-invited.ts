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
    recordAnomaly(state, event, reasons.duplicateInvite(participantId));
    return;
  }
  state.invited.set(participantId, normaliseIdentity(payload.participant_identity));
};
