import type { FocusTarget, ParticipantIdentity, WarningAcknowledgement } from "@sk/collab-contracts";
import type { CollaborationAnomalyCode } from "./anomaly-code.js";

/**
 * A participant identity as the reduced state holds it: exactly these four
 * fields (extra wire fields dropped, absent optionals `null`).
 */
export interface ParticipantIdentityEntry {
  readonly participant_id: string;
  readonly participant_type: ParticipantIdentity["participant_type"];
  readonly display_name: string | null;
  readonly session_id: string | null;
}

/** A focus target as the reduced state holds it: exactly `target_type` and `target_id`. */
export interface FocusTargetEntry {
  readonly target_type: FocusTarget["target_type"];
  readonly target_id: string;
}

/**
 * `warning_type` of a warning entry: the event type that recorded it, or
 * `UnknownWarning` for the placeholder a permissive acknowledgement of an
 * unknown warning creates.
 */
export type WarningType = "ConcurrentDriverWarning" | "PotentialStepCollisionDetected" | "UnknownWarning";

/** One advisory warning, at the position of its first appearance. */
export interface WarningEntry {
  readonly warning_id: string;
  /** The event that recorded (or last replaced) the warning. */
  readonly event_id: string;
  readonly warning_type: WarningType;
  /** As listed by the warning event, in its order. */
  readonly participant_ids: readonly string[];
  /** participant_id → latest acknowledgement. */
  readonly acknowledgements: Readonly<Record<string, WarningAcknowledgement>>;
}

/** One captured decision. */
export interface DecisionEntry {
  readonly decision_id: string;
  readonly event_id: string;
  readonly participant_id: string;
  readonly topic: string;
  readonly chosen_option: string;
  readonly rationale: string | null;
  readonly referenced_warning_id: string | null;
}

/** One posted comment. */
export interface CommentEntry {
  readonly comment_id: string;
  readonly event_id: string;
  readonly participant_id: string;
  readonly content: string;
  readonly reply_to: string | null;
}

/** Something the reducer noticed and did not apply (or applied with a caveat). */
export interface CollaborationAnomaly {
  /** The event's id; for an element that is not a valid envelope, its `event_id` when that is a string, else `null`. */
  readonly event_id: string | null;
  /** The event's type; for an element that is not a valid envelope, its `event_type` when that is a string, else `null`. */
  readonly event_type: string | null;
  /** For people; the wording may change. */
  readonly reason: string;
  /** For programs: stable (see `COLLABORATION_ANOMALY_CODES`). */
  readonly code: CollaborationAnomalyCode;
}

/**
 * The reduced collaboration state (spec section 3): snake_case, plain JSON,
 * deeply frozen. Maps are plain objects keyed by id; any id string is a safe
 * key (`__proto__`, `constructor` and `toString` included: they are own
 * properties).
 */
export interface ReducedCollaborationState {
  /** The `missionId` option, else the first valid event's `mission_id`, else `""`. */
  readonly mission_id: string;
  /** Active roster: participant_id → identity. */
  readonly participants: Readonly<Record<string, ParticipantIdentityEntry>>;
  /** Those who left and did not rejoin: participant_id → identity. */
  readonly departed_participants: Readonly<Record<string, ParticipantIdentityEntry>>;
  /** participant_id → timestamp (as on the wire) of the last heartbeat. */
  readonly presence: Readonly<Record<string, string>>;
  /** participant_ids with drive intent `active`, sorted by code units. */
  readonly active_drivers: readonly string[];
  /** participant_id → current focus. */
  readonly focus_by_participant: Readonly<Record<string, FocusTargetEntry>>;
  /** `"{target_type}:{target_id}"` → sorted participant_ids on it; never empty. */
  readonly participants_by_focus: Readonly<Record<string, readonly string[]>>;
  /** Warnings in order of first appearance. */
  readonly warnings: readonly WarningEntry[];
  /** Decisions in processed order. */
  readonly decisions: readonly DecisionEntry[];
  /** Comments in processed order. */
  readonly comments: readonly CommentEntry[];
  /** participant_id → step_ids in flight, in start order (a key may hold `[]`). */
  readonly active_executions: Readonly<Record<string, readonly string[]>>;
  /** participant_id → linked_session_ids, in order. */
  readonly linked_sessions: Readonly<Record<string, readonly string[]>>;
  /** Anomalies in processed order, each with its `code`. */
  readonly anomalies: readonly CollaborationAnomaly[];
  /** Collaboration events after deduplication, skipped ones included. */
  readonly event_count: number;
  /** The last collaboration event after sort and dedup, or `null`. */
  readonly last_processed_event_id: string | null;
}
