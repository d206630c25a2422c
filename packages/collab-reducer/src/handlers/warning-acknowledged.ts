import type { WARNING_ACKNOWLEDGED, WarningAcknowledgement } from "@sk/collab-contracts";
import { reasons } from "../errors/reasons.js";
import { UnknownWarningError } from "../errors/unknown-warning-error.js";
import type { Handler } from "../fold/handler.js";
import { reject, requireActive } from "../fold/rules.js";
import { type Acknowledgements, setWarning } from "../fold/working-state.js";

/**
 * `acknowledgements[pid] = acknowledgement` (a later one overwrites). An
 * unknown `warning_id` is rejected; permissive mode then keeps the
 * acknowledgement on an `UnknownWarning` placeholder listing the acknowledger,
 * which a later warning with that id replaces (keeping the acknowledgements).
 */
export const warningAcknowledged: Handler<typeof WARNING_ACKNOWLEDGED> = (state, event, payload) => {
  const participantId = payload.participant_id;
  if (!requireActive(state, event, participantId)) return;
  const warningId = payload.warning_id;
  const warning = state.warnings.get(warningId);
  if (warning === undefined) {
    reject(state, event, reasons.unknownWarning(warningId), () =>
      new UnknownWarningError(warningId, participantId, { eventId: event.event_id, eventType: event.event_type }),
    );
  }
  setWarning(
    state,
    warningId,
    {
      event_id: warning?.event_id ?? event.event_id,
      warning_type: warning?.warning_type ?? "UnknownWarning",
      participant_ids: warning?.participant_ids ?? Object.freeze([participantId]),
      acknowledgements: withAcknowledgement(warning?.acknowledgements, participantId, payload.acknowledgement),
    },
    warning,
  );
};

/** `acknowledgements` with `participantId`'s acknowledgement set: overwritten in place of an earlier one, else appended. */
function withAcknowledgement(acknowledgements: Acknowledgements | undefined, participantId: string, acknowledgement: WarningAcknowledgement): Acknowledgements {
  const pair = [participantId, acknowledgement] as const;
  if (acknowledgements === undefined) return [pair];
  const next = acknowledgements.slice();
  const at = next.findIndex(([acknowledger]) => acknowledger === participantId);
  if (at === -1) next.push(pair);
  else next[at] = pair;
  return next;
}
