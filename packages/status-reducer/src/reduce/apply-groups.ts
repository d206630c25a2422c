import { validateTransition } from "@sk/status-contracts";
import { reasons } from "../anomalies/reasons.js";
import { evidenceEntry } from "../state/evidence-entry.js";
import type { StatusAnomaly, WpState } from "../state/reduced-state.js";
import type { Transition } from "./parse-transitions.js";

/** A reviewer rollback: `for_review` -> `in_progress` with a `review_ref` (blank or not); it goes last in its group. */
function isReviewerRollback(transition: Transition): boolean {
  const reviewRef = transition.payload.review_ref;
  return transition.from === "for_review" && transition.to === "in_progress" && reviewRef !== undefined && reviewRef !== null;
}

function stateOf(transition: Transition): WpState {
  const evidence = transition.payload.evidence;
  return Object.freeze({
    wp_id: transition.payload.wp_id,
    current_lane: transition.to,
    last_event_id: transition.eventId,
    last_transition_at: transition.event.timestamp,
    evidence: transition.to === "done" && evidence !== undefined && evidence !== null ? evidenceEntry(evidence) : null,
  });
}

/**
 * Steps 3 and 4 for one `(wp_id, lamport_clock)` group: rollbacks last,
 * every event checked against `current` (the lane at the start of the
 * group), the last valid one returned (or `undefined`).
 */
function applyGroup(group: readonly Transition[], current: WpState | undefined, anomalies: StatusAnomaly[]): WpState | undefined {
  const start = current === undefined ? null : current.current_lane;
  const ordered = group.length === 1 ? group : [...group.filter((t) => !isReviewerRollback(t)), ...group.filter(isReviewerRollback)];
  let winner: Transition | undefined;
  for (const transition of ordered) {
    const { from, to } = transition;
    let reason: string | undefined;
    if (from !== start) reason = reasons.fromLaneMismatch(start, from);
    else {
      const verdict = validateTransition(transition.payload);
      if (!verdict.valid) reason = reasons.transitionRejected(verdict.violations);
    }
    if (reason === undefined) winner = transition;
    else anomalies.push(Object.freeze({ event_id: transition.eventId, wp_id: transition.payload.wp_id, from_lane: from, to_lane: to, reason }));
  }
  return winner === undefined ? undefined : stateOf(winner);
}

/**
 * Groups the transitions by `(wp_id, lamport_clock)`, groups in order of
 * first appearance, and applies each group. The transitions are sorted,
 * so a clock's groups all sit in one run of equal clocks: grouping a run
 * at a time keeps first-appearance order across the whole log.
 */
export function applyGroups(transitions: readonly Transition[], states: Map<string, WpState>, anomalies: StatusAnomaly[]): void {
  let at = 0;
  while (at < transitions.length) {
    const clock = transitions[at]!.event.lamport_clock;
    const groups = new Map<string, Transition[]>();
    for (; at < transitions.length && transitions[at]!.event.lamport_clock === clock; at++) {
      const transition = transitions[at]!;
      const group = groups.get(transition.payload.wp_id);
      if (group === undefined) groups.set(transition.payload.wp_id, [transition]);
      else group.push(transition);
    }
    for (const [wpId, group] of groups) {
      const next = applyGroup(group, states.get(wpId), anomalies);
      if (next !== undefined) states.set(wpId, next);
    }
  }
}
