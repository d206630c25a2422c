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
    // Not a rejection (strict mode records it too): the event had no effect.
    recordAnomaly(state, event, "LEAVE_NOT_ACTIVE", reasons.leaveNotActive(participantId));
    return true;
  }
  const changes = state.changes;
  changes.delete(state.participants, participantId);
  changes.mapSet(state.departed, participantId, identity);
  changes.delete(state.activeDrivers, participantId);
  changes.delete(state.focusByParticipant, participantId);
  changes.delete(state.presence, participantId);
  changes.delete(state.activeExecutions, participantId);
  return true;
};
