import { isLaneInput, isTerminalLane, type Lane, type LaneInput, normalizeLaneInput } from "../lanes/lane.js";
import { isNonBlank } from "../schema/blank.js";
import { isAllowedTransition } from "./allowed-transitions.js";

/** What `validateTransition` reads of a payload (a `StatusTransitionPayload` fits). */
export interface TransitionInput {
  readonly from_lane?: LaneInput | null | undefined;
  readonly to_lane: LaneInput;
  /** Absent means `false`. */
  readonly force?: boolean | undefined;
  readonly reason?: string | null | undefined;
  readonly review_ref?: string | null | undefined;
}

/** Outcome of `validateTransition`: `valid` is true exactly when `violations` is empty. */
export interface TransitionValidation {
  readonly valid: boolean;
  /** The broken rules' texts, in rule order. */
  readonly violations: readonly string[];
}

/** A lane as the texts render it: its plain value, `None` for no lane. */
function render(lane: Lane | null): string {
  return lane ?? "None";
}

/** A lane input of unchecked data: a value that is no lane renders as given, so the texts stay readable. */
function laneOf(value: unknown): Lane | null {
  return isLaneInput(value) ? normalizeLaneInput(value) : value === undefined || value === null ? null : (String(value) as Lane);
}

/** The one result of every valid transition: checking a valid transition allocates nothing. */
const VALID: TransitionValidation = Object.freeze({ valid: true, violations: Object.freeze([]) });

/**
 * Checks a transition against the lane rules, in this order (the alias
 * `doing` is read as `in_progress` first):
 * 1. leaving a terminal lane without `force`: `{from} is terminal; requires force=True to exit`;
 * 2. a pair not allowed without `force`: `Transition {from} -> {to} is not allowed`;
 * 3. `for_review` -> `in_progress` without a non-blank `review_ref`, forced or not;
 * 4. `in_progress` -> `planned` without a non-blank `reason`, forced or not.
 * `force: true` skips rules 1 and 2 only. Never throws, whatever it is given.
 */
export function validateTransition(payload: TransitionInput): TransitionValidation {
  const input = (typeof payload === "object" && payload !== null ? payload : {}) as Partial<TransitionInput>;
  const from = laneOf(input.from_lane);
  const to = laneOf(input.to_lane);
  const force = input.force === true;
  const terminalExit = !force && from !== null && isTerminalLane(from);
  const notAllowed = !force && (to === null || !isAllowedTransition(from, to));
  const missingReviewRef = from === "for_review" && to === "in_progress" && !isNonBlank(input.review_ref);
  const missingReason = from === "in_progress" && to === "planned" && !isNonBlank(input.reason);
  if (!(terminalExit || notAllowed || missingReviewRef || missingReason)) return VALID;
  const violations: string[] = [];
  if (terminalExit) violations.push(`${from} is terminal; requires force=True to exit`);
  if (notAllowed) violations.push(`Transition ${render(from)} -> ${render(to)} is not allowed`);
  if (missingReviewRef) violations.push("for_review -> in_progress requires review_ref");
  if (missingReason) violations.push("in_progress -> planned requires reason");
  return Object.freeze({ valid: false, violations: Object.freeze(violations) });
}
