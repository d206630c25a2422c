import { LANES, type Lane, TERMINAL_LANES } from "../lanes/lane.js";

/** One allowed unforced transition; `from: null` is a work package's first. */
export interface AllowedTransition {
  readonly from: Lane | null;
  readonly to: Lane;
}

const NAMED: readonly AllowedTransition[] = [
  { from: null, to: "planned" },
  { from: "planned", to: "claimed" },
  { from: "claimed", to: "in_progress" },
  { from: "in_progress", to: "for_review" },
  { from: "for_review", to: "done" },
  { from: "for_review", to: "in_progress" },
  { from: "in_progress", to: "planned" },
  { from: "blocked", to: "in_progress" },
];

/** Every non-null, non-terminal lane may move to `blocked` or `canceled` (so `blocked` -> `blocked` too). */
const ESCAPES: readonly AllowedTransition[] = LANES.filter((lane) => !TERMINAL_LANES.has(lane)).flatMap((from) => [
  { from, to: "blocked" as const },
  { from, to: "canceled" as const },
]);

/** Every transition allowed without `force`, the named pairs first. */
export const ALLOWED_TRANSITIONS: readonly AllowedTransition[] = Object.freeze(
  [...NAMED, ...ESCAPES].map((transition) => Object.freeze(transition)),
);

/** from (or `null`) → the lanes it may move to; a lookup that allocates nothing, as reducers ask it per event. */
const ALLOWED_TARGETS: ReadonlyMap<Lane | null, ReadonlySet<Lane>> = new Map(
  [null, ...LANES].map((from) => [from, new Set(ALLOWED_TRANSITIONS.filter((transition) => transition.from === from).map(({ to }) => to))]),
);

/** True when `from` -> `to` is allowed without `force`. */
export function isAllowedTransition(from: Lane | null, to: Lane): boolean {
  return ALLOWED_TARGETS.get(from)?.has(to) === true;
}
