import { focusTargetKey } from "@sk/collab-contracts";
import type { WorkingState } from "../fold/working-state.js";
import { setOwnProperty } from "./own-property.js";
import type { FocusTargetEntry, ReducedCollaborationState } from "./reduced-state.js";

/** A frozen plain object from map entries, built by assignment (no pairs array, no `Object.fromEntries`); any id is safe as a key. */
function frozenRecord<V, R>(entries: Iterable<readonly [string, V]>, map: (value: V) => R): Readonly<Record<string, R>> {
  const record: Record<string, R> = {};
  for (const [key, value] of entries) setOwnProperty(record, key, map(value));
  return Object.freeze(record);
}

const same = <T>(value: T): T => value;
const frozenCopy = (values: readonly string[]): readonly string[] => Object.freeze(values.slice());
const frozenSorted = (values: Iterable<string>): readonly string[] => Object.freeze([...values].sort());
// Freezing an already frozen target (emitted before) changes nothing.
const frozenTarget = (target: FocusTargetEntry): FocusTargetEntry => Object.freeze(target);
/**
 * The reverse focus index: focus key → ids of the participants on that
 * target (sorted, never empty), in the order the keys first appear among
 * the current focuses. Derived here from at most one focus per participant.
 */
function participantsByFocus(focusByParticipant: ReadonlyMap<string, FocusTargetEntry>): Map<string, string[]> {
  const byFocus = new Map<string, string[]>();
  for (const [participantId, target] of focusByParticipant) {
    const key = focusTargetKey(target);
    const participantIds = byFocus.get(key);
    if (participantIds === undefined) byFocus.set(key, [participantId]);
    else participantIds.push(participantId);
  }
  return byFocus;
}

/**
 * Assembles the immutable output from the working state: plain JSON (a
 * `JSON.parse` of its JSON deep-equals it), deeply frozen, arrays sorted
 * where docs/spec/collaboration.md says so (by UTF-16 code units, the default sort). Nothing
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
    participants_by_focus: frozenRecord(participantsByFocus(state.focusByParticipant), frozenSorted),
    // The working state keeps warnings as frozen output entries.
    warnings: Object.freeze(Array.from(state.warnings.values())),
    decisions: Object.freeze(state.decisions.slice()),
    comments: Object.freeze(state.comments.slice()),
    active_executions: frozenRecord(state.activeExecutions, frozenCopy),
    linked_sessions: frozenRecord(state.linkedSessions, frozenCopy),
    anomalies: Object.freeze(state.anomalies.slice()),
    event_count: state.eventCount,
    last_processed_event_id: state.lastEventId,
  });
}
