import type { WarningAcknowledgement } from "@sk/collab-contracts";
import type { ResolvedOptions } from "../options/reducer-options.js";
import type {
  CollaborationAnomaly,
  CommentEntry,
  DecisionEntry,
  FocusTargetEntry,
  ParticipantIdentityEntry,
  WarningType,
} from "../state/reduced-state.js";

/**
 * A warning while folding: mutable, because acknowledgements and repeats
 * update it in place. Copy-on-write between a state and its checkpoints:
 * only the state whose `generation` equals `owner` may change it (see
 * `writableWarning`), so a checkpoint copies the warnings map shallowly.
 */
export interface WorkingWarning {
  readonly owner: number;
  event_id: string;
  warning_type: WarningType;
  participant_ids: readonly string[];
  readonly acknowledgements: Map<string, WarningAcknowledgement>;
}

/**
 * The reducer's private, mutable working state: Maps and arrays, so that a
 * fold step costs O(1). Entries that never change once created (identities,
 * focus targets, comments, decisions, anomalies) are frozen objects shared
 * with the output and with checkpoints. Never leaves the package.
 */
export interface WorkingState {
  /** Strict mode throws; permissive records anomalies. */
  readonly strict: boolean;
  /** Which warnings this state owns (copy-on-write, see `WorkingWarning`). */
  generation: number;
  /** `undefined` until the `missionId` option or the first valid event fixes it. */
  missionId: string | undefined;
  readonly participants: Map<string, ParticipantIdentityEntry>;
  /** Invitations: recorded, never output, consumed by a join. */
  readonly invited: Map<string, ParticipantIdentityEntry>;
  readonly departed: Map<string, ParticipantIdentityEntry>;
  readonly presence: Map<string, string>;
  readonly activeDrivers: Set<string>;
  readonly focusByParticipant: Map<string, FocusTargetEntry>;
  readonly participantsByFocus: Map<string, Set<string>>;
  /** Insertion-ordered: a repeated warning keeps its first position. */
  readonly warnings: Map<string, WorkingWarning>;
  readonly decisions: DecisionEntry[];
  readonly comments: CommentEntry[];
  readonly activeExecutions: Map<string, string[]>;
  readonly linkedSessions: Map<string, string[]>;
  readonly anomalies: CollaborationAnomaly[];
  eventCount: number;
  lastEventId: string | null;
}

let lastGeneration = 0;

/** A generation no state has used yet. */
function nextGeneration(): number {
  lastGeneration += 1;
  return lastGeneration;
}

/** The Decider's initial state: empty, with the roster seeded as active participants. */
export function initialState(options: ResolvedOptions): WorkingState {
  return {
    strict: options.mode === "strict",
    generation: nextGeneration(),
    missionId: options.missionId,
    participants: new Map(options.roster),
    invited: new Map(),
    departed: new Map(),
    presence: new Map(),
    activeDrivers: new Set(),
    focusByParticipant: new Map(),
    participantsByFocus: new Map(),
    warnings: new Map(),
    decisions: [],
    comments: [],
    activeExecutions: new Map(),
    linkedSessions: new Map(),
    anomalies: [],
    eventCount: 0,
    lastEventId: null,
  };
}

function cloneArrays<K>(source: ReadonlyMap<K, readonly string[]>): Map<K, string[]> {
  const copy = new Map<K, string[]>();
  for (const [key, values] of source) copy.set(key, values.slice());
  return copy;
}

/**
 * `warning`, made safe to change: the state's own copy, created (with its own
 * acknowledgements map, at the same position) if a checkpoint shares it.
 */
export function writableWarning(state: WorkingState, warningId: string, warning: WorkingWarning): WorkingWarning {
  if (warning.owner === state.generation) return warning;
  const copy: WorkingWarning = { ...warning, owner: state.generation, acknowledgements: new Map(warning.acknowledgements) };
  state.warnings.set(warningId, copy);
  return copy;
}

/**
 * An independent copy (a checkpoint, or the base of a refold): every
 * mutable container is copied, frozen entries are shared.
 */
export function cloneWorkingState(state: WorkingState): WorkingState {
  const participantsByFocus = new Map<string, Set<string>>();
  for (const [key, ids] of state.participantsByFocus) participantsByFocus.set(key, new Set(ids));
  // Both states now share the warnings: neither owns them any more.
  state.generation = nextGeneration();
  return {
    strict: state.strict,
    generation: nextGeneration(),
    missionId: state.missionId,
    participants: new Map(state.participants),
    invited: new Map(state.invited),
    departed: new Map(state.departed),
    presence: new Map(state.presence),
    activeDrivers: new Set(state.activeDrivers),
    focusByParticipant: new Map(state.focusByParticipant),
    participantsByFocus,
    warnings: new Map(state.warnings),
    decisions: state.decisions.slice(),
    comments: state.comments.slice(),
    activeExecutions: cloneArrays(state.activeExecutions),
    linkedSessions: cloneArrays(state.linkedSessions),
    anomalies: state.anomalies.slice(),
    eventCount: state.eventCount,
    lastEventId: state.lastEventId,
  };
}

/**
 * Roughly how much work `cloneWorkingState` does (containers and entries
 * copied), so that the live reducer can space checkpoints to keep their
 * cost amortised O(1) per event.
 */
export function workingStateSize(state: WorkingState): number {
  let size =
    state.participants.size +
    state.invited.size +
    state.departed.size +
    state.presence.size +
    state.activeDrivers.size +
    state.focusByParticipant.size +
    (state.decisions.length + state.comments.length + state.anomalies.length) / 8;
  for (const ids of state.participantsByFocus.values()) size += 1 + ids.size;
  size += state.warnings.size / 4;
  for (const steps of state.activeExecutions.values()) size += 1 + steps.length / 8;
  for (const sessions of state.linkedSessions.values()) size += 1 + sessions.length / 8;
  return size;
}
