import { ArgumentError } from "@sk/event-envelope/errors";
import { UnknownConclusionError } from "../errors/unknown-conclusion-error.js";
import { GATE_FAILED, GATE_PASSED, type GateEventType } from "../events/gate-event-types.js";
import { GATE_FAILED_CONCLUSIONS, type IgnoredConclusion, IGNORED_CONCLUSIONS } from "./check-run-conclusions.js";

/** Called for a non-blocking conclusion, with the reason `non_blocking`. */
export type OnIgnoredConclusion = (conclusion: IgnoredConclusion, reason: "non_blocking") => void;

const FAILED: ReadonlySet<unknown> = new Set(GATE_FAILED_CONCLUSIONS);
const IGNORED: ReadonlySet<unknown> = new Set(IGNORED_CONCLUSIONS);

/**
 * The gate event a GitHub check-run conclusion produces: `success` →
 * `"GatePassed"`; `failure`, `timed_out`, `cancelled`, `action_required` →
 * `"GateFailed"`; `neutral`, `skipped`, `stale` → `null`, after calling
 * `onIgnored(conclusion, "non_blocking")`. Anything else (other casings,
 * non-strings) throws `UnknownConclusionError`.
 *
 * @throws ArgumentError when `onIgnored` is given and is not a function.
 */
export function mapCheckRunConclusion(conclusion: unknown, onIgnored?: OnIgnoredConclusion): GateEventType | null {
  if (onIgnored !== undefined && typeof onIgnored !== "function") {
    throw new ArgumentError("onIgnored", "type", onIgnored, "expected a function (conclusion, reason) => void");
  }
  if (conclusion === "success") return GATE_PASSED;
  if (FAILED.has(conclusion)) return GATE_FAILED;
  if (IGNORED.has(conclusion)) {
    onIgnored?.(conclusion as IgnoredConclusion, "non_blocking");
    return null;
  }
  throw new UnknownConclusionError(conclusion);
}
