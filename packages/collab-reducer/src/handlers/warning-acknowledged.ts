import type { WARNING_ACKNOWLEDGED } from "@sk/collab-contracts";
import { reasons } from "../errors/reasons.js";
import { UnknownWarningError } from "../errors/unknown-warning-error.js";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";
import type { Handler } from "../fold/handler.js";
import { reject, requireActive } from "../fold/rules.js";
import type { WorkingState } from "../fold/working-state.js";
import { NO_ACKNOWLEDGEMENTS, withAcknowledgement } from "./acknowledgements.js";

/**
 * `acknowledgements[pid] = acknowledgement` (a later one overwrites). An
 * unknown `warning_id` is rejected; permissive mode then keeps the
 * acknowledgement on an `UnknownWarning` placeholder listing the acknowledger,
 * which a later warning with that id replaces (keeping the acknowledgements).
 */
export const warningAcknowledged: Handler<typeof WARNING_ACKNOWLEDGED> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (!requireActive(state, event, participantId)) return false;
  const warningId = payload.warning_id;
  const warning = state.warnings.get(warningId);
  if (warning === undefined) rejectUnknownWarning(state, event, warningId, participantId);
  state.changes.mapSet(
    state.warnings,
    warningId,
    Object.freeze({
      warning_id: warningId,
      event_id: warning?.event_id ?? event.event_id,
      warning_type: warning?.warning_type ?? "UnknownWarning",
      participant_ids: warning?.participant_ids ?? Object.freeze([participantId]),
      acknowledgements: withAcknowledgement(warning?.acknowledgements ?? NO_ACKNOWLEDGEMENTS, participantId, payload.acknowledgement),
    }),
  );
  return true;
};

/** Unknown warning: the rejection, in a function of its own (see `reject`). */
function rejectUnknownWarning(state: WorkingState, event: CollaborationEnvelope, warningId: string, participantId: string): void {
  reject(state, event, "ORPHAN_ACK", reasons.unknownWarning(warningId), () =>
    new UnknownWarningError(warningId, participantId, { eventId: event.event_id, eventType: event.event_type }),
  );
}
