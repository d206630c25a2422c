import type { DECISION_CAPTURED } from "@sk/collab-contracts";
import type { Handler } from "../fold/handler.js";
import { requireActive } from "../fold/rules.js";

/** Appends the decision (`referenced_warning_id` is not checked against the warnings). */
export const decisionCaptured: Handler<typeof DECISION_CAPTURED> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (!requireActive(state, event, participantId)) return false;
  state.changes.push(
    state.decisions,
    Object.freeze({
      decision_id: payload.decision_id,
      event_id: event.event_id,
      participant_id: participantId,
      topic: payload.topic,
      chosen_option: payload.chosen_option,
      rationale: payload.rationale ?? null,
      referenced_warning_id: payload.referenced_warning_id ?? null,
    }),
  );
  return true;
};
