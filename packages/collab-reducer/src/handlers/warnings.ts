import type { CONCURRENT_DRIVER_WARNING, POTENTIAL_STEP_COLLISION_DETECTED } from "@sk/collab-contracts";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";
import type { Handler } from "../fold/handler.js";
import { requireActive } from "../fold/rules.js";
import type { WorkingState } from "../fold/working-state.js";
import type { WarningType } from "../state/reduced-state.js";
import { NO_ACKNOWLEDGEMENTS } from "./acknowledgements.js";

/**
 * Records the warning under `warning_id`. Every listed participant that is
 * not active is rejected (strict: the first one throws, before anything
 * changed; permissive: one anomaly each, in listed order) and the warning is
 * still recorded with all its participant_ids. A repeat, or a later warning
 * replacing an `UnknownWarning` placeholder, keeps the first position and the
 * acknowledgements.
 */
function recordWarning(state: WorkingState, event: CollaborationEnvelope, warningId: string, participantIds: readonly string[]): boolean {
  for (const participantId of participantIds) requireActive(state, event, participantId);
  const previous = state.warnings.get(warningId);
  const record = Object.freeze({
    warning_id: warningId,
    event_id: event.event_id,
    warning_type: event.event_type as WarningType,
    participant_ids: Object.freeze(participantIds.slice()),
    acknowledgements: previous === undefined ? NO_ACKNOWLEDGEMENTS : previous.acknowledgements,
  });
  state.changes.mapSet(state.warnings, warningId, record);
  return true;
}

/** `ConcurrentDriverWarning`: several active drivers on one focus target. */
export const concurrentDriverWarning: Handler<typeof CONCURRENT_DRIVER_WARNING> = (state, event, payload) => {
  return recordWarning(state, event, payload.warning_id, payload.participant_ids);
};

/** `PotentialStepCollisionDetected`: several participants executing one step. */
export const potentialStepCollisionDetected: Handler<typeof POTENTIAL_STEP_COLLISION_DETECTED> = (state, event, payload) => {
  return recordWarning(state, event, payload.warning_id, payload.participant_ids);
};
