import { canonicalEventId } from "@sk/event-ordering";
import { type Lane, validateTransition } from "@sk/status-contracts";
import { reasons } from "../anomalies/reasons.js";
import type { StatusAnomaly } from "../state/reduced-state.js";
import type { Transition } from "./parse-transitions.js";

/** wp_id → the transition that set its current lane (its `to`). */
export type Winners = Map<string, Transition>;

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

function reject(transition: Transition, reason: string, anomalies: StatusAnomaly[]): void {
  const { event, payload, from, to } = transition;
  anomalies.push(Object.freeze({ event_id: canonicalEventId(event.event_id), wp_id: payload.wp_id, from_lane: from, to_lane: to, reason }));
}

/**
 * Steps 3 and 4 for one `(wp_id, lamport_clock)` group: rollbacks last,
 * every event checked against the lane at the start of the group, the last
 * valid one the new winner.
 */
function applyGroup(group: readonly Transition[], winners: Winners, anomalies: StatusAnomaly[]): void {
  const wpId = group[0]!.payload.wp_id;
  const start = winners.get(wpId)?.to ?? null;
  const ordered = group.length === 1 || !group.some(isReviewerRollback) ? group : [...group.filter((t) => !isReviewerRollback(t)), ...group.filter(isReviewerRollback)];
  let winner: Transition | undefined;
  for (const transition of ordered) {
    const reason = rejection(transition, start);
    if (reason === undefined) winner = transition;
    else reject(transition, reason, anomalies);
  }
  if (winner !== undefined) winners.set(wpId, winner);
}

/**
 * Groups the transitions by `(wp_id, lamport_clock)`, groups in order of
 * first appearance, and applies each group. The transitions are sorted, so
 * all groups of a clock sit in one run of equal clocks: grouping a run at
 * a time keeps first-appearance order across the log, and a run of one
 * event (most of them) is its own group.
 */
export function applyGroups(transitions: readonly Transition[], anomalies: StatusAnomaly[]): Winners {
  const winners: Winners = new Map();
  let at = 0;
  while (at < transitions.length) {
    const clock = transitions[at]!.event.lamport_clock;
    let end = at + 1;
    while (end < transitions.length && transitions[end]!.event.lamport_clock === clock) end++;
    if (end - at === 1) applyGroup([transitions[at]!], winners, anomalies);
    else {
      const groups = new Map<string, Transition[]>();
      for (let index = at; index < end; index++) {
        const transition = transitions[index]!;
        const group = groups.get(transition.payload.wp_id);
        if (group === undefined) groups.set(transition.payload.wp_id, [transition]);
        else group.push(transition);
      }
      for (const group of groups.values()) applyGroup(group, winners, anomalies);
    }
    at = end;
  }
  return winners;
}
