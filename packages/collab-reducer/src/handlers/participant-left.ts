import type { PARTICIPANT_LEFT } from "@sk/collab-contracts";
import { reasons } from "../errors/reasons.js";
import type { Handler } from "../fold/handler.js";
import { recordAnomaly } from "../fold/rules.js";

/**
 * Active → departed (with the identity it had); clears its drive intent,
 * focus (so it leaves the reverse index too), presence and executions.
 * Linked sessions stay. Not active: nothing, and an anomaly in both modes.
 */
export const participantLeft: Handler<typeof PARTICIPANT_LEFT> = (state, event, payload) => {
  const participantId = payload.participant_id;
  const identity = state.participants.get(participantId);
  if (identity === undefined) {
    recordAnomaly(state, event, reasons.leaveNotActive(participantId));
    return;
  }
  state.participants.delete(participantId);
  state.departed.set(participantId, identity);
  state.activeDrivers.delete(participantId);
  state.focusByParticipant.delete(participantId);
  state.presence.delete(participantId);
  state.activeExecutions.delete(participantId);
};
