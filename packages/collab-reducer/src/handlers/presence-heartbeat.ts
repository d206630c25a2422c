import type { PRESENCE_HEARTBEAT } from "@sk/collab-contracts";
import type { Handler } from "../fold/handler.js";
import { requireActive } from "../fold/rules.js";

/**
 * `presence[pid] = event.timestamp` (as on the wire). A departed
 * participant's heartbeat is an anomaly in permissive mode whose timestamp
 * is still recorded (the rule table's one exception).
 */
export const presenceHeartbeat: Handler<typeof PRESENCE_HEARTBEAT> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (!requireActive(state, event, participantId) && !state.departed.has(participantId)) return false;
  state.changes.mapSet(state.presence, participantId, event.timestamp);
  return true;
};
