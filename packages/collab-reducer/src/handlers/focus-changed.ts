import type { FOCUS_CHANGED } from "@sk/collab-contracts";
import type { Handler } from "../fold/handler.js";
import { requireActive } from "../fold/rules.js";
import { normaliseFocusTarget } from "../state/normalise.js";

/**
 * Replaces the participant's focus (`previous_focus_target` is
 * informational). The reverse index follows: it is derived from the
 * current focuses when a state is emitted.
 */
export const focusChanged: Handler<typeof FOCUS_CHANGED> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (!requireActive(state, event, participantId)) return false;
  state.changes.mapSet(state.focusByParticipant, participantId, normaliseFocusTarget(payload.focus_target));
  return true;
};
