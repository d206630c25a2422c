import type { WarningRecord, WorkingState } from "./working-state.js";

/**
 * A frozen view of a working state, taken as a live reducer's checkpoint.
 * The small maps are copied; what grows with the stream is shared, never
 * copied: the append-only arrays (remembered by length) and the warnings
 * map (remembered by its undo log's length). A state only ever appends to
 * those arrays and logs, so the shared prefixes never change.
 */
export interface StateCheckpoint {
  readonly state: WorkingState;
  readonly decisions: number;
  readonly comments: number;
  readonly anomalies: number;
  readonly warningLog: number;
}

function copyArrays<K>(source: ReadonlyMap<K, readonly string[]>): Map<K, string[]> {
  const copy = new Map<K, string[]>();
  for (const [key, values] of source) copy.set(key, values.slice());
  return copy;
}

function copySmallMaps(state: WorkingState, shared: Pick<WorkingState, "warnings" | "warningLog" | "decisions" | "comments" | "anomalies">): WorkingState {
  const participantsByFocus = new Map<string, Set<string>>();
  for (const [key, ids] of state.participantsByFocus) participantsByFocus.set(key, new Set(ids));
  return {
    strict: state.strict,
    missionId: state.missionId,
    participants: new Map(state.participants),
    invited: new Map(state.invited),
    departed: new Map(state.departed),
    presence: new Map(state.presence),
    activeDrivers: new Set(state.activeDrivers),
    focusByParticipant: new Map(state.focusByParticipant),
    participantsByFocus,
    ...shared,
    activeExecutions: copyArrays(state.activeExecutions),
    linkedSessions: copyArrays(state.linkedSessions),
    eventCount: state.eventCount,
    lastEventId: state.lastEventId,
  };
}

/** Takes a checkpoint of `state` (see `StateCheckpoint`); `state` folds on unaffected. */
export function checkpointState(state: WorkingState): StateCheckpoint {
  const { warnings, warningLog, decisions, comments, anomalies } = state;
  return {
    state: copySmallMaps(state, { warnings, warningLog, decisions, comments, anomalies }),
    decisions: state.decisions.length,
    comments: state.comments.length,
    anomalies: state.anomalies.length,
    warningLog: state.warningLog.length,
  };
}

/** The warnings as they were when the log had `length` entries: a copy, undone back to then. */
function warningsAt(warnings: ReadonlyMap<string, WarningRecord>, log: readonly (string | WarningRecord | undefined)[], length: number): Map<string, WarningRecord> {
  const copy = new Map(warnings);
  for (let at = log.length - 2; at >= length; at -= 2) {
    const warningId = log[at] as string;
    const previous = log[at + 1] as WarningRecord | undefined;
    if (previous === undefined) copy.delete(warningId);
    else copy.set(warningId, previous);
  }
  return copy;
}

/** A new working state equal to the one the checkpoint was taken of, to fold on from there. */
export function restoreState(checkpoint: StateCheckpoint): WorkingState {
  const { state } = checkpoint;
  return copySmallMaps(state, {
    warnings: warningsAt(state.warnings, state.warningLog, checkpoint.warningLog),
    warningLog: [],
    decisions: state.decisions.slice(0, checkpoint.decisions),
    comments: state.comments.slice(0, checkpoint.comments),
    anomalies: state.anomalies.slice(0, checkpoint.anomalies),
  });
}

/**
 * Roughly how much copying a checkpoint costs (entries of the maps it
 * copies), so that the live reducer can space checkpoints to keep their
 * cost amortised O(1) per event.
 */
export function checkpointCost(state: WorkingState): number {
  let size =
    state.participants.size +
    state.invited.size +
    state.departed.size +
    state.presence.size +
    state.activeDrivers.size +
    state.focusByParticipant.size;
  for (const ids of state.participantsByFocus.values()) size += 1 + ids.size;
  for (const steps of state.activeExecutions.values()) size += 1 + steps.length / 8;
  for (const sessions of state.linkedSessions.values()) size += 1 + sessions.length / 16;
  return size;
}
