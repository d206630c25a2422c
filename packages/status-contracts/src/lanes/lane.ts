import { UnknownLaneError } from "../errors/unknown-lane-error.js";
import { stringEnum } from "../schema/fields.js";

/** The seven canonical lanes of a work package, in workflow order. */
export const LANES = Object.freeze(["planned", "claimed", "in_progress", "for_review", "done", "blocked", "canceled"] as const);

/** A canonical lane. */
export type Lane = (typeof LANES)[number];

/** The legacy alias of `in_progress`, accepted on input only (exact lower case). */
export const DOING_ALIAS = "doing" as const;

/** What a payload may carry in `from_lane` / `to_lane`: a lane or the `doing` alias. */
export type LaneInput = Lane | typeof DOING_ALIAS;

/** The lanes a work package leaves only by a forced transition. */
export const TERMINAL_LANES: ReadonlySet<Lane> = Object.freeze(new Set<Lane>(["done", "canceled"]));

/** Schema of a canonical lane. */
export const LaneSchema = stringEnum(LANES, "Canonical work-package lane.");

/** Schema of a lane on input: the seven lanes or the alias `doing` (meaning `in_progress`). */
export const LaneInputSchema = stringEnum([...LANES, DOING_ALIAS], "Work-package lane; `doing` is accepted as an alias of `in_progress`.");

const LANE_SET: ReadonlySet<unknown> = new Set(LANES);
const LANE_INPUTS = Object.freeze([...LANES, DOING_ALIAS]);

/** True for one of the seven canonical lanes (not the alias). */
export function isLane(value: unknown): value is Lane {
  return LANE_SET.has(value);
}

/** True for a lane or the `doing` alias. */
export function isLaneInput(value: unknown): value is LaneInput {
  return value === DOING_ALIAS || LANE_SET.has(value);
}

/** True for `done` and `canceled`. */
export function isTerminalLane(lane: Lane): boolean {
  return TERMINAL_LANES.has(lane);
}

/**
 * The canonical lane of `value`: `doing` becomes `in_progress`, a lane is
 * returned as is. Anything else (`Doing`, `""`, a number) throws
 * `UnknownLaneError`.
 */
export function normalizeLane(value: unknown): Lane {
  if (value === DOING_ALIAS) return "in_progress";
  if (isLane(value)) return value;
  throw new UnknownLaneError(value, LANE_INPUTS);
}

/** `normalizeLane` for a value already known to be a lane input, `null` kept. */
export function normalizeLaneInput(value: LaneInput | null | undefined): Lane | null {
  if (value === undefined || value === null) return null;
  return value === DOING_ALIAS ? "in_progress" : value;
}
