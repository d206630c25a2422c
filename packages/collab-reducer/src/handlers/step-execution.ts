import type { PROMPT_STEP_EXECUTION_COMPLETED, PROMPT_STEP_EXECUTION_STARTED } from "@sk/collab-contracts";
import { CompletionWithoutStartError } from "../errors/completion-without-start-error.js";
import { reasons } from "../errors/reasons.js";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";
import type { Handler } from "../fold/handler.js";
import { reject, requireActive } from "../fold/rules.js";
import type { WorkingState } from "../fold/working-state.js";

/** Appends `step_id` to the participant's executions in flight. */
export const promptStepExecutionStarted: Handler<typeof PROMPT_STEP_EXECUTION_STARTED> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (!requireActive(state, event, participantId)) return false;
  const steps = state.activeExecutions.get(participantId);
  if (steps === undefined) state.changes.mapSet(state.activeExecutions, participantId, [payload.step_id]);
  else state.changes.push(steps, payload.step_id);
  return true;
};

/**
 * Removes the first matching `step_id` (the key stays, possibly with `[]`).
 * No matching start: the event is rejected.
 */
export const promptStepExecutionCompleted: Handler<typeof PROMPT_STEP_EXECUTION_COMPLETED> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (!requireActive(state, event, participantId)) return false;
  const stepId = payload.step_id;
  const steps = state.activeExecutions.get(participantId);
  const index = steps === undefined ? -1 : steps.indexOf(stepId);
  if (steps === undefined || index === -1) {
    rejectWithoutStart(state, event, participantId, stepId);
    return false;
  }
  state.changes.removeAt(steps, index);
  return true;
};

/** No matching start: the rejection, in a function of its own (see `reject`). */
function rejectWithoutStart(state: WorkingState, event: CollaborationEnvelope, participantId: string, stepId: string): void {
  reject(state, event, "COMPLETION_WITHOUT_START", reasons.completionWithoutStart(participantId, stepId), () =>
    new CompletionWithoutStartError(participantId, stepId, { eventId: event.event_id, eventType: event.event_type }),
  );
}
