import type { SESSION_LINKED } from "@sk/collab-contracts";
import type { Handler } from "../fold/handler.js";
import { requireActive } from "../fold/rules.js";

/** Appends `linked_session_id` to the participant's linked sessions (kept when it leaves). */
export const sessionLinked: Handler<typeof SESSION_LINKED> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (!requireActive(state, event, participantId)) return false;
  const sessions = state.linkedSessions.get(participantId);
  if (sessions === undefined) state.changes.mapSet(state.linkedSessions, participantId, [payload.linked_session_id]);
  else state.changes.push(sessions, payload.linked_session_id);
  return true;
};
