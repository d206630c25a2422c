import type { CollaborationAnomaly } from "../state/reduced-state.js";

/**
 * What `apply` did with an event:
 * - `applied`: it sorts after every applied event and was folded;
 * - `reordered`: it sorts before some applied events (of the window, or it
 *   is a differing version of an event there): those were taken back and
 *   folded again after it;
 * - `skipped` (permissive mode; strict mode throws instead): applied or
 *   reordered, but a rule skipped the event; `anomalies` say why;
 * - `duplicate`: an exact copy of an event in the window; nothing changed;
 * - `late`: it sorts before the window, or its `event_id` was applied before
 *   the window; nothing changed: rebuild the mission from the store;
 * - `ignored`: not a collaboration event (not counted, like the batch reducer).
 */
export type ApplyOutcome = "applied" | "reordered" | "skipped" | "duplicate" | "late" | "ignored";

/** The result of `apply`: the outcome and the anomalies the event caused (deeply frozen). */
export interface ApplyResult {
  readonly outcome: ApplyOutcome;
  /** The event's own anomalies, as `state().anomalies` holds them (empty unless applied, reordered or skipped). */
  readonly anomalies: readonly CollaborationAnomaly[];
}

const NO_ANOMALIES: readonly CollaborationAnomaly[] = Object.freeze([]);

/** A frozen result. */
export function applyResult(outcome: ApplyOutcome, anomalies: readonly CollaborationAnomaly[] = NO_ANOMALIES): ApplyResult {
  return Object.freeze({ outcome, anomalies: anomalies.length === 0 ? NO_ANOMALIES : Object.freeze(anomalies) });
}

/** The result of each outcome without anomalies (results are frozen, so they are shared). */
export const RESULTS: Readonly<Record<ApplyOutcome, ApplyResult>> = Object.freeze({
  applied: applyResult("applied"),
  reordered: applyResult("reordered"),
  skipped: applyResult("skipped"),
  duplicate: applyResult("duplicate"),
  late: applyResult("late"),
  ignored: applyResult("ignored"),
});
export const IGNORED = RESULTS.ignored;
export const DUPLICATE = RESULTS.duplicate;
export const LATE = RESULTS.late;
