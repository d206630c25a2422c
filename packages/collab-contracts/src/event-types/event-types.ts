import { ReadOnlySet } from "./read-only-set.js";

/** A participant was invited to the mission (does not make it active). */
export const PARTICIPANT_INVITED = "ParticipantInvited" as const;
/** A participant joined the mission and became active. */
export const PARTICIPANT_JOINED = "ParticipantJoined" as const;
/** A participant left the mission. */
export const PARTICIPANT_LEFT = "ParticipantLeft" as const;
/** A participant's session is alive. */
export const PRESENCE_HEARTBEAT = "PresenceHeartbeat" as const;
/** A participant set its drive intent (`active` / `inactive`). */
export const DRIVE_INTENT_SET = "DriveIntentSet" as const;
/** A participant moved its focus to a work package, step or file. */
export const FOCUS_CHANGED = "FocusChanged" as const;
/** A participant started executing a prompt step. */
export const PROMPT_STEP_EXECUTION_STARTED = "PromptStepExecutionStarted" as const;
/** A participant finished executing a prompt step. */
export const PROMPT_STEP_EXECUTION_COMPLETED = "PromptStepExecutionCompleted" as const;
/** Advisory: several participants drive on the same focus target. */
export const CONCURRENT_DRIVER_WARNING = "ConcurrentDriverWarning" as const;
/** Advisory: several participants execute the same step. */
export const POTENTIAL_STEP_COLLISION_DETECTED = "PotentialStepCollisionDetected" as const;
/** A participant acknowledged an advisory warning. */
export const WARNING_ACKNOWLEDGED = "WarningAcknowledged" as const;
/** A participant posted a comment (possibly a reply). */
export const COMMENT_POSTED = "CommentPosted" as const;
/** A participant captured a decision. */
export const DECISION_CAPTURED = "DecisionCaptured" as const;
/** Two sessions (CLI and SaaS) of one participant were linked. */
export const SESSION_LINKED = "SessionLinked" as const;

/** The `event_type` of a collaboration event: one of the 14 constants. */
export type CollaborationEventType =
  | typeof PARTICIPANT_INVITED
  | typeof PARTICIPANT_JOINED
  | typeof PARTICIPANT_LEFT
  | typeof PRESENCE_HEARTBEAT
  | typeof DRIVE_INTENT_SET
  | typeof FOCUS_CHANGED
  | typeof PROMPT_STEP_EXECUTION_STARTED
  | typeof PROMPT_STEP_EXECUTION_COMPLETED
  | typeof CONCURRENT_DRIVER_WARNING
  | typeof POTENTIAL_STEP_COLLISION_DETECTED
  | typeof WARNING_ACKNOWLEDGED
  | typeof COMMENT_POSTED
  | typeof DECISION_CAPTURED
  | typeof SESSION_LINKED;

/**
 * The 14 collaboration event types, in the order of docs/spec/collaboration.md. Read-only at run time:
 * `add`, `delete` and `clear` throw `ReadOnlyCollectionError`.
 */
export const COLLABORATION_EVENT_TYPES: ReadonlySet<CollaborationEventType> = new ReadOnlySet<CollaborationEventType>(
  "COLLABORATION_EVENT_TYPES",
  [
    PARTICIPANT_INVITED,
    PARTICIPANT_JOINED,
    PARTICIPANT_LEFT,
    PRESENCE_HEARTBEAT,
    DRIVE_INTENT_SET,
    FOCUS_CHANGED,
    PROMPT_STEP_EXECUTION_STARTED,
    PROMPT_STEP_EXECUTION_COMPLETED,
    CONCURRENT_DRIVER_WARNING,
    POTENTIAL_STEP_COLLISION_DETECTED,
    WARNING_ACKNOWLEDGED,
    COMMENT_POSTED,
    DECISION_CAPTURED,
    SESSION_LINKED,
  ],
);

/** True when `value` is one of the 14 collaboration event type strings. */
export function isCollaborationEventType(value: unknown): value is CollaborationEventType {
  return typeof value === "string" && (COLLABORATION_EVENT_TYPES as ReadonlySet<string>).has(value);
}
