import type { EventEnvelope } from "@sk/event-envelope";
import { envelopeValidator } from "@sk/event-envelope";
import type { ArgumentError } from "@sk/event-envelope/errors";
import { InvalidSnapshotError } from "../errors/invalid-snapshot-error.js";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";
import type { Journal } from "../fold/journal.js";
import type { WorkingState } from "../fold/working-state.js";
import type { LiveReducerOptions } from "../options/reducer-options.js";
import { type ResolvedLiveOptions, resolveLiveOptions } from "../options/resolve-live-options.js";
import { normaliseFocusTarget, normaliseIdentity } from "../state/normalise.js";
import type { CollaborationAnomaly, CommentEntry, DecisionEntry, ParticipantIdentityEntry, WarningEntry } from "../state/reduced-state.js";
import type { CollaborationReducerSnapshot, SnapshotState } from "./snapshot.js";
import { isSnapshot, snapshotValidator } from "./snapshot-schema.js";

/** A checked snapshot, ready to resume from. */
export interface ReadSnapshot {
  readonly options: ResolvedLiveOptions;
  /** Builds the working state before the window, changing through `journal`. */
  readonly createState: (journal: Journal) => WorkingState;
  readonly sealedIds: readonly string[];
  readonly sealedLast: CollaborationEnvelope | undefined;
  /** To apply in order to rebuild the window. */
  readonly events: readonly EventEnvelope[];
}

/** A JSON pointer (`/a/b`) as a dotted field (`a.b`). */
const fieldOf = (pointer: string): string =>
  pointer
    .split("/")
    .slice(1)
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");

function readOptions(snapshot: CollaborationReducerSnapshot): ResolvedLiveOptions {
  const { mode, missionId, roster, window } = snapshot.options;
  const options: Record<string, unknown> = { mode, window };
  if (missionId !== null) options["missionId"] = missionId;
  if (roster !== null) options["roster"] = roster;
  try {
    return resolveLiveOptions(options as LiveReducerOptions);
  } catch (error) {
    const argument = error as ArgumentError;
    throw new InvalidSnapshotError({ field: argument.field, rule: argument.rule, value: argument.value, expectation: "expected valid reducer options", cause: error });
  }
}

const mapOf = <V>(record: Readonly<Record<string, V>>): Map<string, V> => new Map(Object.entries(record));
const listsOf = (record: Readonly<Record<string, readonly string[]>>): Map<string, string[]> =>
  new Map(Object.entries(record).map(([key, values]) => [key, values.slice()]));
const identities = (record: Readonly<Record<string, ParticipantIdentityEntry>>): Map<string, ParticipantIdentityEntry> =>
  new Map(Object.entries(record).map(([key, value]) => [key, normaliseIdentity(value)]));

// Entries rebuilt field by field, frozen, as the fold makes them: one shape
// each (copying with a spread makes a shape per key order seen) and the
// fold's key order whatever order the stored JSON has.
const warningOf = (warning: WarningEntry): WarningEntry =>
  Object.freeze({
    warning_id: warning.warning_id,
    event_id: warning.event_id,
    warning_type: warning.warning_type,
    participant_ids: Object.freeze(warning.participant_ids.slice()),
    acknowledgements: Object.freeze({ ...warning.acknowledgements }),
  });
const decisionOf = (decision: DecisionEntry): DecisionEntry =>
  Object.freeze({
    decision_id: decision.decision_id,
    event_id: decision.event_id,
    participant_id: decision.participant_id,
    topic: decision.topic,
    chosen_option: decision.chosen_option,
    rationale: decision.rationale,
    referenced_warning_id: decision.referenced_warning_id,
  });
const commentOf = (comment: CommentEntry): CommentEntry =>
  Object.freeze({
    comment_id: comment.comment_id,
    event_id: comment.event_id,
    participant_id: comment.participant_id,
    content: comment.content,
    reply_to: comment.reply_to,
  });
const anomalyOf = (anomaly: CollaborationAnomaly): CollaborationAnomaly =>
  Object.freeze({ event_id: anomaly.event_id, event_type: anomaly.event_type, reason: anomaly.reason, code: anomaly.code });

/** The working state a snapshot's `base` describes. */
function stateOf(base: SnapshotState, strict: boolean, journal: Journal): WorkingState {
  const warnings = new Map<string, WarningEntry>();
  for (const warning of base.warnings) warnings.set(warning.warning_id, warningOf(warning));
  return {
    strict,
    changes: journal,
    missionId: base.mission_id ?? undefined,
    participants: identities(base.participants),
    invited: identities(base.invited),
    departed: identities(base.departed_participants),
    presence: mapOf(base.presence),
    activeDrivers: new Set(base.active_drivers),
    focusByParticipant: new Map(Object.entries(base.focus_by_participant).map(([key, target]) => [key, normaliseFocusTarget(target)])),
    warnings,
    decisions: base.decisions.map(decisionOf),
    comments: base.comments.map(commentOf),
    anomalies: base.anomalies.map(anomalyOf),
    activeExecutions: listsOf(base.active_executions),
    linkedSessions: listsOf(base.linked_sessions),
    eventCount: base.event_count,
    lastEventId: base.last_processed_event_id,
  };
}

/**
 * Checks a snapshot's shape, options and `sealed_last` (the window's events
 * are checked when they are applied again). Throws `InvalidSnapshotError`
 * naming the field, rule and value.
 */
export function readSnapshot(snapshot: unknown): ReadSnapshot {
  const violation = isSnapshot(snapshot) ? undefined : snapshotValidator.violations(snapshot)[0];
  if (violation !== undefined) {
    throw new InvalidSnapshotError({ field: fieldOf(violation.path), rule: violation.rule, value: violation.value, expectation: violation.message });
  }
  const checked = snapshot as CollaborationReducerSnapshot;
  const options = readOptions(checked);
  const last = checked.sealed_last;
  if (last !== null && !envelopeValidator.check(last)) {
    const first = envelopeValidator.violations(last)[0]!;
    throw new InvalidSnapshotError({ field: `sealed_last${fieldOf(first.path) === "" ? "" : `.${fieldOf(first.path)}`}`, rule: first.rule, value: first.value, expectation: first.message });
  }
  if ((last === null) !== (checked.sealed_ids.length === 0)) {
    throw new InvalidSnapshotError({ field: "sealed_last", rule: "sealed", value: last, expectation: "expected the newest sealed event exactly when sealed_ids is not empty" });
  }
  return {
    options,
    createState: (journal) => stateOf(checked.base, options.mode === "strict", journal),
    sealedIds: checked.sealed_ids,
    sealedLast: (last ?? undefined) as CollaborationEnvelope | undefined,
    events: checked.events,
  };
}
