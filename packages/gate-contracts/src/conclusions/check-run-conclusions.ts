/** The conclusion of a passed gate. */
export const GATE_PASSED_CONCLUSIONS = Object.freeze(["success"] as const);

/** The conclusions of a failed gate. */
export const GATE_FAILED_CONCLUSIONS = Object.freeze(["failure", "timed_out", "cancelled", "action_required"] as const);

/** Conclusions that neither pass nor fail a gate (non-blocking). */
export const IGNORED_CONCLUSIONS = Object.freeze(["neutral", "skipped", "stale"] as const);

/** The eight GitHub check-run conclusions this contract knows, in the order error messages list them. */
export const CHECK_RUN_CONCLUSIONS = Object.freeze([...GATE_PASSED_CONCLUSIONS, ...GATE_FAILED_CONCLUSIONS, ...IGNORED_CONCLUSIONS] as const);

/** A known check-run conclusion. */
export type CheckRunConclusion = (typeof CHECK_RUN_CONCLUSIONS)[number];
/** The conclusion of a `GatePassed` payload. */
export type GatePassedConclusion = (typeof GATE_PASSED_CONCLUSIONS)[number];
/** A conclusion of a `GateFailed` payload. */
export type GateFailedConclusion = (typeof GATE_FAILED_CONCLUSIONS)[number];
/** A non-blocking conclusion: no gate event. */
export type IgnoredConclusion = (typeof IGNORED_CONCLUSIONS)[number];
