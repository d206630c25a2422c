import type { ValidationResult, Validator } from "@sk/event-envelope";
import { LifecyclePayloadValidationError } from "../errors/lifecycle-payload-validation-error.js";
import { UnknownLifecycleEventTypeError } from "../errors/unknown-lifecycle-event-type-error.js";
import { isLifecycleEventType, type LifecycleEventType } from "../event-types/event-types.js";
import { LIFECYCLE_PAYLOAD_VALIDATORS, type LifecyclePayloadMap } from "../registry/payload-map.js";

/** Options of `assertLifecyclePayload`. */
export interface AssertLifecyclePayloadOptions {
  /** `event_id` to name in the error, when the payload belongs to an event. */
  readonly eventId?: string | null;
}

/** The validator of one event type, checked at run time too (wire data can hold any value). */
function validatorFor<K extends LifecycleEventType>(eventType: K): Validator<LifecyclePayloadMap[K]> {
  if (!isLifecycleEventType(eventType)) throw new UnknownLifecycleEventTypeError(eventType);
  return LIFECYCLE_PAYLOAD_VALIDATORS[eventType] as Validator<LifecyclePayloadMap[K]>;
}

/**
 * Validates a payload against its lifecycle event type's schema. Never
 * throws for any payload: `{ ok: true, value }` (the payload itself, now
 * typed) or `{ ok: false, violations }` listing every broken rule. Throws
 * `UnknownLifecycleEventTypeError` only when `eventType` is not one of the five.
 */
export function validateLifecyclePayload<K extends LifecycleEventType>(eventType: K, payload: unknown): ValidationResult<LifecyclePayloadMap[K]> {
  return validatorFor(eventType).validate(payload);
}

/**
 * Returns the payload, typed, when it is valid for `eventType`; otherwise
 * throws `LifecyclePayloadValidationError` listing every violation (or
 * `UnknownLifecycleEventTypeError` for an unknown event type).
 */
export function assertLifecyclePayload<K extends LifecycleEventType>(
  eventType: K,
  payload: unknown,
  options: AssertLifecyclePayloadOptions = {},
): LifecyclePayloadMap[K] {
  const result = validatorFor(eventType).validate(payload);
  if (!result.ok) throw new LifecyclePayloadValidationError(eventType, result.violations, { eventId: options.eventId ?? null, payload });
  return result.value;
}
