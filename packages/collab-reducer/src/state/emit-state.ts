import type { WorkingState } from "../fold/working-state.js";
import type { ReducedCollaborationState, WarningEntry } from "./reduced-state.js";

/**
 * A frozen plain object from map entries. `Object.fromEntries` defines own
 * data properties, so ids such as `__proto__`, `constructor` or `toString`
 * become ordinary keys (exactly what `JSON.parse` produces), never a
 * prototype change or a shadowed method lookup.
 */
function frozenRecord<V, R>(entries: Iterable<readonly [string, V]>, map: (value: V) => R): Readonly<Record<string, R>> {
  const pairs: [string, R][] = [];
  for (const [key, value] of entries) pairs.push([key, map(value)]);
  return Object.freeze(Object.fromEntries(pairs));
}

const same = <T>(value: T): T => value;
const frozenCopy = (values: Iterable<string>): readonly string[] => Object.freeze([...values]);
const frozenSorted = (values: Iterable<string>): readonly string[] => Object.freeze([...values].sort());

function emitWarnings(state: WorkingState): readonly WarningEntry[] {
  const warnings: WarningEntry[] = [];
  for (const [warningId, warning] of state.warnings) {
    warnings.push(
      Object.freeze({
        warning_id: warningId,
        event_id: warning.event_id,
        warning_type: warning.warning_type,
        participant_ids: frozenCopy(warning.participant_ids),
        acknowledgements: frozenRecord(warning.acknowledgements, same),
      }),
    );
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
    focus_by_participant: frozenRecord(state.focusByParticipant, same),
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
