import type { TSchema } from "@sinclair/typebox";
import type { Validator } from "@sk/event-envelope";
import {
  COMMENT_POSTED,
  CONCURRENT_DRIVER_WARNING,
  type CollaborationEventType,
  DECISION_CAPTURED,
  DRIVE_INTENT_SET,
  FOCUS_CHANGED,
  PARTICIPANT_INVITED,
  PARTICIPANT_JOINED,
  PARTICIPANT_LEFT,
  POTENTIAL_STEP_COLLISION_DETECTED,
  PRESENCE_HEARTBEAT,
  PROMPT_STEP_EXECUTION_COMPLETED,
  PROMPT_STEP_EXECUTION_STARTED,
  SESSION_LINKED,
  WARNING_ACKNOWLEDGED,
} from "../event-types/event-types.js";
import { type CommentPostedPayload, commentPostedPayloadValidator } from "../payloads/comment-posted.js";
import { type ConcurrentDriverWarningPayload, concurrentDriverWarningPayloadValidator } from "../payloads/concurrent-driver-warning.js";
import { type DecisionCapturedPayload, decisionCapturedPayloadValidator } from "../payloads/decision-captured.js";
import { type DriveIntentSetPayload, driveIntentSetPayloadValidator } from "../payloads/drive-intent-set.js";
import { type FocusChangedPayload, focusChangedPayloadValidator } from "../payloads/focus-changed.js";
import { type ParticipantInvitedPayload, participantInvitedPayloadValidator } from "../payloads/participant-invited.js";
import { type ParticipantJoinedPayload, participantJoinedPayloadValidator } from "../payloads/participant-joined.js";
import { type ParticipantLeftPayload, participantLeftPayloadValidator } from "../payloads/participant-left.js";
import {
  type PotentialStepCollisionDetectedPayload,
  potentialStepCollisionDetectedPayloadValidator,
} from "../payloads/potential-step-collision-detected.js";
import { type PresenceHeartbeatPayload, presenceHeartbeatPayloadValidator } from "../payloads/presence-heartbeat.js";
import {
  type PromptStepExecutionCompletedPayload,
  promptStepExecutionCompletedPayloadValidator,
} from "../payloads/prompt-step-execution-completed.js";
import {
  type PromptStepExecutionStartedPayload,
  promptStepExecutionStartedPayloadValidator,
} from "../payloads/prompt-step-execution-started.js";
import { type SessionLinkedPayload, sessionLinkedPayloadValidator } from "../payloads/session-linked.js";
import { type WarningAcknowledgedPayload, warningAcknowledgedPayloadValidator } from "../payloads/warning-acknowledged.js";

/** Each collaboration event type mapped to the static type of its payload. */
export interface CollaborationPayloadMap {
  readonly [PARTICIPANT_INVITED]: ParticipantInvitedPayload;
  readonly [PARTICIPANT_JOINED]: ParticipantJoinedPayload;
  readonly [PARTICIPANT_LEFT]: ParticipantLeftPayload;
  readonly [PRESENCE_HEARTBEAT]: PresenceHeartbeatPayload;
  readonly [DRIVE_INTENT_SET]: DriveIntentSetPayload;
  readonly [FOCUS_CHANGED]: FocusChangedPayload;
  readonly [PROMPT_STEP_EXECUTION_STARTED]: PromptStepExecutionStartedPayload;
  readonly [PROMPT_STEP_EXECUTION_COMPLETED]: PromptStepExecutionCompletedPayload;
  readonly [CONCURRENT_DRIVER_WARNING]: ConcurrentDriverWarningPayload;
  readonly [POTENTIAL_STEP_COLLISION_DETECTED]: PotentialStepCollisionDetectedPayload;
  readonly [WARNING_ACKNOWLEDGED]: WarningAcknowledgedPayload;
  readonly [COMMENT_POSTED]: CommentPostedPayload;
  readonly [DECISION_CAPTURED]: DecisionCapturedPayload;
  readonly [SESSION_LINKED]: SessionLinkedPayload;
}

/** The payload type of one collaboration event type. */
export type CollaborationPayload<K extends CollaborationEventType = CollaborationEventType> = CollaborationPayloadMap[K];

/**
 * The compiled validator of every event type's payload (each compiles on
 * first use, once). The mapped type makes the compiler prove all 14 types
 * are covered.
 */
export const PAYLOAD_VALIDATORS: { readonly [K in CollaborationEventType]: Validator<CollaborationPayloadMap[K]> } = Object.freeze({
  [PARTICIPANT_INVITED]: participantInvitedPayloadValidator,
  [PARTICIPANT_JOINED]: participantJoinedPayloadValidator,
  [PARTICIPANT_LEFT]: participantLeftPayloadValidator,
  [PRESENCE_HEARTBEAT]: presenceHeartbeatPayloadValidator,
  [DRIVE_INTENT_SET]: driveIntentSetPayloadValidator,
  [FOCUS_CHANGED]: focusChangedPayloadValidator,
  [PROMPT_STEP_EXECUTION_STARTED]: promptStepExecutionStartedPayloadValidator,
  [PROMPT_STEP_EXECUTION_COMPLETED]: promptStepExecutionCompletedPayloadValidator,
  [CONCURRENT_DRIVER_WARNING]: concurrentDriverWarningPayloadValidator,
  [POTENTIAL_STEP_COLLISION_DETECTED]: potentialStepCollisionDetectedPayloadValidator,
  [WARNING_ACKNOWLEDGED]: warningAcknowledgedPayloadValidator,
  [COMMENT_POSTED]: commentPostedPayloadValidator,
  [DECISION_CAPTURED]: decisionCapturedPayloadValidator,
  [SESSION_LINKED]: sessionLinkedPayloadValidator,
});

/** The TypeBox schema of every event type's payload (the validators' own schemas). */
export const PAYLOAD_SCHEMAS: { readonly [K in CollaborationEventType]: TSchema } = Object.freeze(
  Object.fromEntries(Object.entries(PAYLOAD_VALIDATORS).map(([eventType, validator]) => [eventType, validator.schema])) as {
    [K in CollaborationEventType]: TSchema;
  },
);
