/** The mission is running: started and neither completed nor cancelled. */
export const MISSION_STATUS_ACTIVE = "active" as const;
/** The mission completed (terminal). */
export const MISSION_STATUS_COMPLETED = "completed" as const;
/** The mission was cancelled (terminal). */
export const MISSION_STATUS_CANCELLED = "cancelled" as const;

/** A mission's status in the reduced state (`null` there until a valid `MissionStarted`). */
export type MissionStatus = typeof MISSION_STATUS_ACTIVE | typeof MISSION_STATUS_COMPLETED | typeof MISSION_STATUS_CANCELLED;

/** A status no event leaves: `completed` or `cancelled`. */
export type TerminalMissionStatus = typeof MISSION_STATUS_COMPLETED | typeof MISSION_STATUS_CANCELLED;

/** The three mission statuses, in contract order (frozen). */
export const MISSION_STATUSES: readonly MissionStatus[] = Object.freeze([MISSION_STATUS_ACTIVE, MISSION_STATUS_COMPLETED, MISSION_STATUS_CANCELLED]);

/** The terminal statuses, `completed` and `cancelled` (frozen). */
export const TERMINAL_MISSION_STATUSES: readonly TerminalMissionStatus[] = Object.freeze([MISSION_STATUS_COMPLETED, MISSION_STATUS_CANCELLED]);

/** True when `value` is one of the three mission statuses. */
export function isMissionStatus(value: unknown): value is MissionStatus {
  return value === MISSION_STATUS_ACTIVE || isTerminalMissionStatus(value);
}

/** True for `completed` and `cancelled`: every later mission event is an anomaly. */
export function isTerminalMissionStatus(value: unknown): value is TerminalMissionStatus {
  return value === MISSION_STATUS_COMPLETED || value === MISSION_STATUS_CANCELLED;
}
