/** A required CI check passed. */
export const GATE_PASSED = "GatePassed" as const;
/** A required CI check failed, timed out, was cancelled or needs action. */
export const GATE_FAILED = "GateFailed" as const;

/** The `event_type` of a gate event. */
export type GateEventType = typeof GATE_PASSED | typeof GATE_FAILED;

/** The two gate event types. */
export const GATE_EVENT_TYPES: readonly GateEventType[] = Object.freeze([GATE_PASSED, GATE_FAILED]);

/** True for `GatePassed` and `GateFailed`. */
export function isGateEventType(value: unknown): value is GateEventType {
  return value === GATE_PASSED || value === GATE_FAILED;
}
