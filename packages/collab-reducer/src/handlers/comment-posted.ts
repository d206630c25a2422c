import type { COMMENT_POSTED } from "@sk/collab-contracts";
import type { Handler } from "../fold/handler.js";
import { requireActive } from "../fold/rules.js";

/** Appends the comment (`reply_to` is not checked against earlier comments). */
export const commentPosted: Handler<typeof COMMENT_POSTED> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (!requireActive(state, event, participantId)) return false;
  state.changes.push(
    state.comments,
    Object.freeze({
      comment_id: payload.comment_id,
      event_id: event.event_id,
      participant_id: participantId,
      content: payload.content,
      reply_to: payload.reply_to ?? null,
    }),
  );
  return true;
};
