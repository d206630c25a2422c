import type { ResolvedOptions } from "../options/resolve-options.js";
import type {
  CollaborationAnomaly,
  CommentEntry,
  DecisionEntry,
  FocusTargetEntry,
  ParticipantIdentityEntry,
  WarningEntry,
} from "../state/reduced-state.js";

/**
 * The reducer's private, mutable working state: Maps and arrays, so that a
 * fold step costs O(1). Entries that never change once created (identities,
 * focus targets, warning records, comments, decisions, anomalies) are
 * immutable and shared with the output and with checkpoints. Never leaves
 * the package.
 */
export interface WorkingState {
  /** Strict mode throws; permissive records anomalies. */
  readonly strict: boolean;
  /** `undefined` until the `missionId` option or the first valid event fixes it. */
  missionId: string | undefined;
  readonly participants: Map<string, ParticipantIdentityEntry>;
  /** Invitations: recorded, never output, consumed by a join. */
  readonly invited: Map<string, ParticipantIdentityEntry>;
  readonly departed: Map<string, ParticipantIdentityEntry>;
  readonly presence: Map<string, string>;
  readonly activeDrivers: Set<string>;
  /**
   * Current focus targets, as the output holds them (frozen when emitted: most
   * are replaced before any read). The reverse index, `participants_by_focus`,
   * is derived from this map when a state is emitted: it has one entry per
   * participant at most, while keeping a reverse index in step cost a key
   * string and two set updates per focus change.
   */
  readonly focusByParticipant: Map<string, FocusTargetEntry>;
  /**
   * Each warning as its frozen output entry, built when its event is folded
   * (while the payload is in the cache). Insertion-ordered: a repeat or an
   * acknowledgement stores a new entry under the same id, which keeps the
   * warning's first position and lets checkpoints and emitted states share
   * the entries. Change it only through `setWarning`.
   */
  readonly warnings: Map<string, WarningEntry>;
  /**
   * Undo log of `warnings`: `[warning_id, previous record or undefined]`
   * pairs, flat. Checkpoints share `warnings` and remember the log's length
   * instead of copying a map that grows with the stream.
   */
  readonly warningLog: (string | WarningEntry | undefined)[];
  /** Append-only (checkpoints remember lengths). */
  readonly decisions: DecisionEntry[];
  /** Append-only (checkpoints remember lengths). */
  readonly comments: CommentEntry[];
  /** Append-only (checkpoints remember lengths). */
  readonly anomalies: CollaborationAnomaly[];
  readonly activeExecutions: Map<string, string[]>;
  readonly linkedSessions: Map<string, string[]>;
  eventCount: number;
  lastEventId: string | null;
}

/** The Decider's initial state: empty, with the roster seeded as active participants. */
export function initialState(options: ResolvedOptions): WorkingState {
  return {
    strict: options.mode === "strict",
    missionId: options.missionId,
    participants: new Map(options.roster),
    invited: new Map(),
    departed: new Map(),
    presence: new Map(),
    activeDrivers: new Set(),
    focusByParticipant: new Map(),
    warnings: new Map(),
    warningLog: [],
    decisions: [],
    comments: [],
    anomalies: [],
    activeExecutions: new Map(),
    linkedSessions: new Map(),
    eventCount: 0,
    lastEventId: null,
  };
}

/**
 * Stores a warning record (a new id goes last; an existing one keeps its
 * position), logging `previous` (the record it replaces, or undefined).
 */
export function setWarning(state: WorkingState, warningId: string, record: WarningEntry, previous: WarningEntry | undefined): void {
  state.warningLog.push(warningId, previous);
  state.warnings.set(warningId, record);
}
