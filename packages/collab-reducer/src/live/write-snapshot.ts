import type { EventEnvelope } from "@sk/event-envelope";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";
import type { WorkingState } from "../fold/working-state.js";
import type { ResolvedLiveOptions } from "../options/resolve-live-options.js";
import type { ReorderWindow } from "./reorder-window.js";
import { type CollaborationReducerSnapshot, SNAPSHOT_FORMAT, type SnapshotState } from "./snapshot.js";

/** A plain copy of an event (the window holds the caller's objects). */
const copy = (event: CollaborationEnvelope): EventEnvelope => JSON.parse(JSON.stringify(event));

/** Map → plain object; `Object.fromEntries` defines own properties, so `__proto__` is safe. */
const record = <V, R>(map: ReadonlyMap<string, V>, each: (value: V) => R): Record<string, R> => {
  const entries: [string, R][] = [];
  for (const [key, value] of map) entries.push([key, each(value)]);
  return Object.fromEntries(entries);
};
const same = <T>(value: T): T => value;
const listCopy = (values: readonly string[]): string[] => values.slice();

/** The working state as snapshot JSON (frozen entries are shared, not copied). */
function stateJson(state: WorkingState): SnapshotState {
  return {
    mission_id: state.missionId ?? null,
    participants: record(state.participants, same),
    invited: record(state.invited, same),
    departed_participants: record(state.departed, same),
    presence: record(state.presence, same),
    active_drivers: [...state.activeDrivers],
    focus_by_participant: record(state.focusByParticipant, same),
    warnings: [...state.warnings.values()],
    decisions: state.decisions.slice(),
    comments: state.comments.slice(),
    active_executions: record(state.activeExecutions, listCopy),
    linked_sessions: record(state.linkedSessions, listCopy),
    anomalies: state.anomalies.slice(),
    event_count: state.eventCount,
    last_processed_event_id: state.lastEventId,
  };
}

/** The snapshot of a live reducer (see `CollaborationReducerSnapshot`). */
export function writeSnapshot(options: ResolvedLiveOptions, window: ReorderWindow): CollaborationReducerSnapshot {
  const base = window.atBase(stateJson);
  const sealed = window.sealed();
  const { kept, others } = window.events();
  return {
    format: SNAPSHOT_FORMAT,
    options: {
      mode: options.mode,
      missionId: options.missionId ?? null,
      roster: options.roster.size === 0 ? null : record(options.roster, same),
      window: options.window,
    },
    base,
    sealed_ids: sealed.ids,
    sealed_last: sealed.last === undefined ? null : copy(sealed.last),
    events: kept.concat(others).map(copy),
  };
}
