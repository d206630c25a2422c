import { CollaborationError } from "@sk/collab-contracts";
import type { EventRef } from "./event-ref.js";
import { eventSuffix, reasons } from "./reasons.js";

/** Strict mode: a `PromptStepExecutionCompleted` has no matching start in flight for that participant. */
export class CompletionWithoutStartError extends CollaborationError<"COMPLETION_WITHOUT_START"> {
  /** The participant that reported the completion. */
  readonly participant_id: string;
  /** The step that was not in flight. */
  readonly step_id: string;

  constructor(participantId: string, stepId: string, event: EventRef) {
    super(
      "COMPLETION_WITHOUT_START",
      reasons.completionWithoutStart(participantId, stepId) + eventSuffix(event.eventId, event.eventType),
      { eventId: event.eventId, eventType: event.eventType },
    );
    this.participant_id = participantId;
    this.step_id = stepId;
  }
}
