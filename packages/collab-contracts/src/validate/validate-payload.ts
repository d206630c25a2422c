import type { ValidationResult, Validator } from "@sk/event-envelope";
import { PayloadValidationError } from "../errors/payload-validation-error.js";
import { UnknownEventTypeError } from "../errors/unknown-event-type-error.js";
import { type CollaborationEventType, isCollaborationEventType } from "../event-types/event-types.js";
import { type CollaborationPayloadMap, PAYLOAD_VALIDATORS } from "../registry/payload-map.js";

/** Options of `assertPayload`. */
export interface AssertPayloadOptions {
  /** `event_id` to name in the error, when the payload belongs to an event. */
  readonly eventId?: string | null;
}

/**
 * The validator of one event type. Checked at run time as well, because
 * JavaScript callers and wire data can pass any string (or non-string).
 */
function validatorFor<K extends CollaborationEventType>(eventType: K, eventId: string | null): Validator<CollaborationPayloadMap[K]> {
  if (!isCollaborationEventType(eventType)) throw new UnknownEventTypeError(eventType, { eventId });
  return PAYLOAD_VALIDATORS[eventType] as Validator<CollaborationPayloadMap[K]>;
}

/**
 * Validates a payload against its event type's schema. Never throws for any
 * payload: returns `{ ok: true, value }` (the payload itself, now typed) or
 * `{ ok: false, violations }` listing every broken rule. Throws
 * `UnknownEventTypeError` only when `eventType` is not one of the 14 types.
 */
export function validatePayload<K extends CollaborationEventType>(
  eventType: K,
  payload: unknown,
): ValidationResult<CollaborationPayloadMap[K]> {
  return validatorFor(eventType, null).validate(payload);
}

/**
 * Returns the payload, typed, when it is valid for `eventType`; otherwise
 * throws `PayloadValidationError` listing every violation (or
 * `UnknownEventTypeError` for an unknown event type).
 */
export function assertPayload<K extends CollaborationEventType>(
  eventType: K,
  payload: unknown,
  options: AssertPayloadOptions = {},
): CollaborationPayloadMap[K] {
  const eventId = options.eventId ?? null;
  const result = validatorFor(eventType, eventId).validate(payload);
  if (!result.ok) throw new PayloadValidationError(eventType, result.violations, { eventId, payload });
  return result.value;
}
