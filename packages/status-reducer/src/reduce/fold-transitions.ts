import { canonicalEventId } from "@sk/event-ordering";
import { type Lane, validateTransition } from "@sk/status-contracts";
import { reasons } from "../anomalies/reasons.js";
import type { StatusAnomaly } from "../state/reduced-state.js";
import type { PayloadVerdicts } from "./payload-verdicts.js";
import type { StatusEnvelope } from "./status-envelope.js";
import { READ_AHEAD_EVENTS, readAhead } from "./read-ahead.js";
import { parseTransition, type Transition } from "./transition.js";

/** wp_id → the transition that set its current lane (its `to`). */
export type Winners = Map<string, Transition>;

/** Steps 2 to 4 over the processed events: the winners and the two kinds of anomalies, each in processed order. */
export interface FoldedTransitions {
  readonly winners: Winners;
  readonly payloadAnomalies: readonly StatusAnomaly[];
  readonly transitionAnomalies: readonly StatusAnomaly[];
  /** What `readAhead` read, returned only so that its reads stay in the compiled code. */
  readonly readSum: number;
}

/** A reviewer rollback: `for_review` -> `in_progress` with a `review_ref` (blank or not); it goes last in its group. */
function isReviewerRollback(transition: Transition): boolean {
  const reviewRef = transition.payload.review_ref;
  return transition.from === "for_review" && transition.to === "in_progress" && reviewRef !== undefined && reviewRef !== null;
}

/** Step 4 for one event: the anomaly's reason, or undefined when the transition is valid from `start`. */
function rejection(transition: Transition, start: Lane | null): string | undefined {
  if (transition.from !== start) return reasons.fromLaneMismatch(start, transition.from);
  const verdict = validateTransition(transition.payload);
  return verdict.valid ? undefined : reasons.transitionRejected(verdict.violations);
}

/** One event checked against `start`: true when valid, else its anomaly is recorded. */
function accepts(transition: Transition, start: Lane | null, anomalies: StatusAnomaly[]): boolean {
  const reason = rejection(transition, start);
  if (reason === undefined) return true;
  const { event, payload, from, to } = transition;
  anomalies.push(Object.freeze({ event_id: canonicalEventId(event.event_id), wp_id: payload.wp_id, from_lane: from, to_lane: to, reason }));
  return false;
}

/**
 * Steps 3 and 4 for one `(wp_id, lamport_clock)` group: rollbacks last,
 * every event checked against the lane at the start of the group, the last
 * valid one the work package's new winner.
 */
function applyGroup(group: readonly Transition[], winners: Winners, anomalies: StatusAnomaly[]): void {
  const wpId = group[0]!.payload.wp_id;
  const start = winners.get(wpId)?.to ?? null;
  const ordered = group.some(isReviewerRollback) ? [...group.filter((t) => !isReviewerRollback(t)), ...group.filter(isReviewerRollback)] : group;
  let winner: Transition | undefined;
  for (const transition of ordered) if (accepts(transition, start, anomalies)) winner = transition;
  if (winner !== undefined) winners.set(wpId, winner);
}

/** The transitions of one run of equal clocks grouped by `wp_id`, groups in order of first appearance. */
function groupsOf(run: readonly Transition[]): Iterable<Transition[]> {
  const groups = new Map<string, Transition[]>();
  for (const transition of run) {
    const group = groups.get(transition.payload.wp_id);
    if (group === undefined) groups.set(transition.payload.wp_id, [transition]);
    else group.push(transition);
  }
  return groups.values();
}

/**
 * Steps 2 to 4 in one pass over the sorted events, a run of equal lamport
 * clocks at a time: all groups of a clock sit in its run, so grouping a run
 * keeps first-appearance order across the log, and a group only needs the
 * lanes that earlier runs left. Payload and transition anomalies are kept
 * apart, so that every payload anomaly can come first (step 2 before step
 * 4) while each event is read once. `readAhead` reads the next events
 * before they are folded (see there).
 */
export function foldTransitions(events: readonly StatusEnvelope[], payloads: PayloadVerdicts): FoldedTransitions {
  const winners: Winners = new Map();
  const payloadAnomalies: StatusAnomaly[] = [];
  const transitionAnomalies: StatusAnomaly[] = [];
  let at = 0;
  let readUpTo = 0;
  let readSum = 0;
  while (at < events.length) {
    if (at >= readUpTo) {
      readUpTo = Math.min(events.length, at + READ_AHEAD_EVENTS);
      readSum += readAhead(events, at, readUpTo);
    }
    const clock = events[at]!.lamport_clock;
    const first = parseTransition(events[at]!, payloads, payloadAnomalies);
    let end = at + 1;
    if (end === events.length || events[end]!.lamport_clock !== clock) {
      // A clock of its own (most events): a group of one.
      if (first !== undefined && accepts(first, winners.get(first.payload.wp_id)?.to ?? null, transitionAnomalies)) winners.set(first.payload.wp_id, first);
    } else {
      const run: Transition[] = first === undefined ? [] : [first];
      for (; end < events.length && events[end]!.lamport_clock === clock; end++) {
        const transition = parseTransition(events[end]!, payloads, payloadAnomalies);
        if (transition !== undefined) run.push(transition);
      }
      for (const group of groupsOf(run)) applyGroup(group, winners, transitionAnomalies);
    }
    at = end;
  }
  return { winners, payloadAnomalies, transitionAnomalies, readSum };
}
