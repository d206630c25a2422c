import type { WarningEntry } from "../state/reduced-state.js";
import type { WorkingState } from "./working-state.js";

/**
 * A frozen view of a working state, taken as a live reducer's checkpoint.
 * The small maps are copied; what grows with the stream is shared, never
 * copied: the append-only arrays (remembered by length), each
 * participant's linked sessions (remembered by length per participant) and
 * the warnings map (remembered by its undo log's length). A state only ever
 * appends to those arrays and logs, so the shared prefixes never change.
 */
export interface StateCheckpoint {
  readonly state: WorkingState;
  readonly decisions: number;
  readonly comments: number;
  readonly anomalies: number;
  readonly warningLog: number;
  /** Participant → length of its (shared, append-only) linked sessions array when taken. */
  readonly linkedSessions: ReadonlyMap<string, number>;
}

function copyArrays<K>(source: ReadonlyMap<K, readonly string[]>): Map<K, string[]> {
  const copy = new Map<K, string[]>();
  for (const [key, values] of source) copy.set(key, values.slice());
  return copy;
}

type SharedParts = Pick<WorkingState, "warnings" | "warningLog" | "decisions" | "comments" | "anomalies" | "linkedSessions">;

/** Fields in `initialState`'s order, so that every working state shares one hidden class (monomorphic fold). */
function copySmallMaps(state: WorkingState, shared: SharedParts): WorkingState {
  return {
    strict: state.strict,
    missionId: state.missionId,
    participants: new Map(state.participants),
    invited: new Map(state.invited),
    departed: new Map(state.departed),
    presence: new Map(state.presence),
    activeDrivers: new Set(state.activeDrivers),
    focusByParticipant: new Map(state.focusByParticipant),
    warnings: shared.warnings,
    warningLog: shared.warningLog,
    decisions: shared.decisions,
    comments: shared.comments,
    anomalies: shared.anomalies,
    activeExecutions: copyArrays(state.activeExecutions),
    linkedSessions: shared.linkedSessions,
    eventCount: state.eventCount,
    lastEventId: state.lastEventId,
  };
}

/** Takes a checkpoint of `state` (see `StateCheckpoint`); `state` folds on unaffected. */
export function checkpointState(state: WorkingState): StateCheckpoint {
  const { warnings, warningLog, decisions, comments, anomalies } = state;
  // Sessions only ever get appended (a leave keeps them), so the arrays are
  // shared and their lengths remembered: copying them made each checkpoint
  // cost O(all sessions linked so far).
  const linkedSessions = new Map(state.linkedSessions);
  const sessionLengths = new Map<string, number>();
  for (const [participantId, sessions] of linkedSessions) sessionLengths.set(participantId, sessions.length);
  return {
    state: copySmallMaps(state, { warnings, warningLog, decisions, comments, anomalies, linkedSessions }),
    decisions: state.decisions.length,
    comments: state.comments.length,
    anomalies: state.anomalies.length,
    warningLog: state.warningLog.length,
    linkedSessions: sessionLengths,
  };
}

/** Each participant's linked sessions as they were when taken: fresh arrays cut back to the remembered lengths. */
function sessionsAt(shared: ReadonlyMap<string, readonly string[]>, lengths: ReadonlyMap<string, number>): Map<string, string[]> {
  const copy = new Map<string, string[]>();
  for (const [participantId, sessions] of shared) copy.set(participantId, sessions.slice(0, lengths.get(participantId)));
  return copy;
}

/** The warnings as they were when the log had `length` entries: a copy, undone back to then. */
function warningsAt(warnings: ReadonlyMap<string, WarningEntry>, log: readonly (string | WarningEntry | undefined)[], length: number): Map<string, WarningEntry> {
  const copy = new Map(warnings);
  for (let at = log.length - 2; at >= length; at -= 2) {
    const warningId = log[at] as string;
    const previous = log[at + 1] as WarningEntry | undefined;
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
    linkedSessions: sessionsAt(state.linkedSessions, checkpoint.linkedSessions),
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
  for (const steps of state.activeExecutions.values()) size += 1 + steps.length / 8;
  // Linked sessions are shared (see checkpointState): one entry per participant.
  size += state.linkedSessions.size;
  return size;
}
