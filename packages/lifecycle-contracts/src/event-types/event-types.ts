/** A mission started (the first valid one wins). */
export const MISSION_STARTED = "MissionStarted" as const;
/** A mission completed (terminal). */
export const MISSION_COMPLETED = "MissionCompleted" as const;
/** A mission was cancelled (terminal). */
export const MISSION_CANCELLED = "MissionCancelled" as const;
/** A mission entered a phase. */
export const PHASE_ENTERED = "PhaseEntered" as const;
/** A review sent the mission back to an earlier phase. */
export const REVIEW_ROLLBACK = "ReviewRollback" as const;

/** The `event_type` of a mission lifecycle event: one of the five constants. */
export type LifecycleEventType =
  | typeof MISSION_STARTED
  | typeof MISSION_COMPLETED
  | typeof MISSION_CANCELLED
  | typeof PHASE_ENTERED
  | typeof REVIEW_ROLLBACK;

/** The five mission lifecycle event types, in contract order (frozen). */
export const LIFECYCLE_EVENT_TYPES: readonly LifecycleEventType[] = Object.freeze([
  MISSION_STARTED,
  MISSION_COMPLETED,
  MISSION_CANCELLED,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
]);

/** True when `value` is one of the five lifecycle event type strings (exact case). */
export function isLifecycleEventType(value: unknown): value is LifecycleEventType {
  return (
    value === MISSION_STARTED || value === MISSION_COMPLETED || value === MISSION_CANCELLED || value === PHASE_ENTERED || value === REVIEW_ROLLBACK
  );
}
