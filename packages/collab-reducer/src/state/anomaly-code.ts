/**
 * The stable, machine-readable code of every collaboration anomaly, next to
 * its `reason` text (which is for people and may change wording). Part of
 * the contract: a new code is a minor change.
 */
export const COLLABORATION_ANOMALY_CODES = Object.freeze([
  "INVALID_ENVELOPE",
  "CONFLICTING_DUPLICATE",
  "INVALID_PAYLOAD",
  "MISSION_MISMATCH",
  "DUPLICATE_INVITE",
  "DUPLICATE_JOIN",
  "LEAVE_NOT_ACTIVE",
  "UNKNOWN_PARTICIPANT",
  "DEPARTED_PARTICIPANT",
  "COMPLETION_WITHOUT_START",
  "ORPHAN_ACK",
] as const);

/** One of `COLLABORATION_ANOMALY_CODES`. */
export type CollaborationAnomalyCode = (typeof COLLABORATION_ANOMALY_CODES)[number];
