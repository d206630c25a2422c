import type { FocusSlot, WorkingState } from "../fold/working-state.js";
import type { FocusTargetEntry, ReducedCollaborationState, WarningEntry } from "./reduced-state.js";

/**
 * A frozen plain object from map entries, built by assignment (no pairs
 * array, no `Object.fromEntries`: the output holds ~100K records for 1M
 * events). Every id becomes an own data property, as `JSON.parse` makes
 * it: assignment does that for any key (ids such as `constructor` or
 * `toString` shadow nothing, they are plain own keys) except `__proto__`,
 * whose assignment would change the prototype, so that one is defined.
 */
function frozenRecord<V, R>(entries: Iterable<readonly [string, V]>, map: (value: V) => R): Readonly<Record<string, R>> {
  const record: Record<string, R> = {};
  for (const [key, value] of entries) {
    if (key === "__proto__") Object.defineProperty(record, key, { value: map(value), enumerable: true, writable: true, configurable: true });
    else record[key] = map(value);
  }
  return Object.freeze(record);
}

const same = <T>(value: T): T => value;
const frozenCopy = (values: readonly string[]): readonly string[] => Object.freeze(values.slice());
const frozenSorted = (values: Iterable<string>): readonly string[] => Object.freeze([...values].sort());
// Freezing an already frozen target (emitted before) changes nothing.
const frozenTarget = (slot: FocusSlot): FocusTargetEntry => Object.freeze(slot.target);
/** Most warnings are never acknowledged: they share one frozen empty record. */
const NO_ACKNOWLEDGEMENTS: Readonly<Record<string, never>> = Object.freeze({});

function emitWarnings(state: WorkingState): readonly WarningEntry[] {
  const warnings: WarningEntry[] = new Array(state.warnings.size);
  let at = 0;
  for (const [warningId, warning] of state.warnings) {
    warnings[at++] = Object.freeze({
      warning_id: warningId,
      event_id: warning.event_id,
      warning_type: warning.warning_type,
      participant_ids: warning.participant_ids,
      acknowledgements: warning.acknowledgements.length === 0 ? NO_ACKNOWLEDGEMENTS : frozenRecord(warning.acknowledgements, same),
    });
  }
  return Object.freeze(warnings);
}

/**
 * Assembles the immutable output from the working state: plain JSON (a
 * `JSON.parse` of its JSON deep-equals it), deeply frozen, arrays sorted
 * where the spec says so (by UTF-16 code units, the default sort). Nothing
 * of the working state is shared except frozen entries.
 */
export function emitState(state: WorkingState): ReducedCollaborationState {
  return Object.freeze({
    mission_id: state.missionId ?? "",
    participants: frozenRecord(state.participants, same),
    departed_participants: frozenRecord(state.departed, same),
    presence: frozenRecord(state.presence, same),
    active_drivers: frozenSorted(state.activeDrivers),
    focus_by_participant: frozenRecord(state.focusByParticipant, frozenTarget),
    participants_by_focus: frozenRecord(state.participantsByFocus, frozenSorted),
    warnings: emitWarnings(state),
    decisions: Object.freeze(state.decisions.slice()),
    comments: Object.freeze(state.comments.slice()),
    active_executions: frozenRecord(state.activeExecutions, frozenCopy),
    linked_sessions: frozenRecord(state.linkedSessions, frozenCopy),
    anomalies: Object.freeze(state.anomalies.slice()),
    event_count: state.eventCount,
    last_processed_event_id: state.lastEventId,
  });
}
