import type { TSchema } from "@sinclair/typebox";
import type { Validator } from "@sk/event-envelope";
import {
  type LifecycleEventType,
  MISSION_CANCELLED,
  MISSION_COMPLETED,
  MISSION_STARTED,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
} from "../event-types/event-types.js";
import { type MissionCancelledPayload, missionCancelledPayloadValidator } from "../payloads/mission-cancelled.js";
import { type MissionCompletedPayload, missionCompletedPayloadValidator } from "../payloads/mission-completed.js";
import { type MissionStartedPayload, missionStartedPayloadValidator } from "../payloads/mission-started.js";
import { type PhaseEnteredPayload, phaseEnteredPayloadValidator } from "../payloads/phase-entered.js";
import { type ReviewRollbackPayload, reviewRollbackPayloadValidator } from "../payloads/review-rollback.js";

/** Each lifecycle event type mapped to the static type of its payload. */
export interface LifecyclePayloadMap {
  readonly [MISSION_STARTED]: MissionStartedPayload;
  readonly [MISSION_COMPLETED]: MissionCompletedPayload;
  readonly [MISSION_CANCELLED]: MissionCancelledPayload;
  readonly [PHASE_ENTERED]: PhaseEnteredPayload;
  readonly [REVIEW_ROLLBACK]: ReviewRollbackPayload;
}

/** The payload type of one lifecycle event type (of any, by default). */
export type LifecyclePayload<K extends LifecycleEventType = LifecycleEventType> = LifecyclePayloadMap[K];

/**
 * The compiled validator of every lifecycle event type's payload (each
 * compiles on first use, once). The mapped type makes the compiler prove all
 * five types are covered.
 */
export const LIFECYCLE_PAYLOAD_VALIDATORS: { readonly [K in LifecycleEventType]: Validator<LifecyclePayloadMap[K]> } = Object.freeze({
  [MISSION_STARTED]: missionStartedPayloadValidator,
  [MISSION_COMPLETED]: missionCompletedPayloadValidator,
  [MISSION_CANCELLED]: missionCancelledPayloadValidator,
  [PHASE_ENTERED]: phaseEnteredPayloadValidator,
  [REVIEW_ROLLBACK]: reviewRollbackPayloadValidator,
});

/** The TypeBox schema of every lifecycle event type's payload (the validators' own schemas). */
export const LIFECYCLE_PAYLOAD_SCHEMAS: { readonly [K in LifecycleEventType]: TSchema } = Object.freeze({
  [MISSION_STARTED]: missionStartedPayloadValidator.schema,
  [MISSION_COMPLETED]: missionCompletedPayloadValidator.schema,
  [MISSION_CANCELLED]: missionCancelledPayloadValidator.schema,
  [PHASE_ENTERED]: phaseEnteredPayloadValidator.schema,
  [REVIEW_ROLLBACK]: reviewRollbackPayloadValidator.schema,
});
