import type { DRIVE_INTENT_SET } from "@sk/collab-contracts";
import type { Handler } from "../fold/handler.js";
import { requireActive } from "../fold/rules.js";

/** `active` adds the participant to the drivers, `inactive` removes it; repeating is idempotent. */
export const driveIntentSet: Handler<typeof DRIVE_INTENT_SET> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (!requireActive(state, event, participantId)) return false;
  if (payload.intent === "active") state.changes.setAdd(state.activeDrivers, participantId);
  else state.changes.delete(state.activeDrivers, participantId);
  return true;
};
