import type { FOCUS_CHANGED } from "@sk/collab-contracts";
import type { Handler } from "../fold/handler.js";
import { requireActive } from "../fold/rules.js";
import { normaliseFocusTarget } from "../state/normalise.js";
import { clearFocus, setFocus } from "./focus-index.js";

/** Replaces the participant's focus and moves it in the reverse index (`previous_focus_target` is informational). */
export const focusChanged: Handler<typeof FOCUS_CHANGED> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (!requireActive(state, event, participantId)) return;
  clearFocus(state, participantId);
  setFocus(state, participantId, normaliseFocusTarget(payload.focus_target));
};
