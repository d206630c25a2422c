import type { ResolvedOptions } from "../options/resolve-options.js";
import { type Changes, DIRECT } from "./journal.js";
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
 * immutable and shared with the output. Never leaves the package.
 */
export interface WorkingState {
  /** Strict mode throws; permissive records anomalies. */
  readonly strict: boolean;
  /** Every change of the collections goes through it (the live reducer journals them to undo). */
  readonly changes: Changes;
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
   * warning's first position and lets emitted states share the entries.
   */
  readonly warnings: Map<string, WarningEntry>;
  readonly decisions: DecisionEntry[];
  readonly comments: CommentEntry[];
  readonly anomalies: CollaborationAnomaly[];
  readonly activeExecutions: Map<string, string[]>;
  readonly linkedSessions: Map<string, string[]>;
  eventCount: number;
  lastEventId: string | null;
}

/** The Decider's initial state: empty, with the roster seeded as active participants. */
export function initialState(options: ResolvedOptions, changes: Changes = DIRECT): WorkingState {
  return {
    strict: options.mode === "strict",
    changes,
    missionId: options.missionId,
    participants: new Map(options.roster),
    invited: new Map(),
    departed: new Map(),
    presence: new Map(),
    activeDrivers: new Set(),
    focusByParticipant: new Map(),
    warnings: new Map(),
    decisions: [],
    comments: [],
    anomalies: [],
    activeExecutions: new Map(),
    linkedSessions: new Map(),
    eventCount: 0,
    lastEventId: null,
  };
}
