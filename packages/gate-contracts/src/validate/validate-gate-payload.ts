import type { ValidationResult, Validator } from "@sk/event-envelope";
import { ArgumentError } from "@sk/event-envelope/errors";
import { GatePayloadValidationError } from "../errors/gate-payload-validation-error.js";
import { type GateEventType, isGateEventType } from "../events/gate-event-types.js";
import { GATE_PAYLOAD_VALIDATORS, type GatePayloadMap } from "../payloads/payload-map.js";

/** Options of `assertGatePayload`. */
export interface AssertGatePayloadOptions {
  /** `event_id` to name in the error, when the payload belongs to an event. */
  readonly eventId?: string | null;
}

function validatorFor<K extends GateEventType>(eventType: K): Validator<GatePayloadMap[K]> {
  if (!isGateEventType(eventType)) throw new ArgumentError("eventType", "enum", eventType, 'expected "GatePassed" or "GateFailed"');
  return GATE_PAYLOAD_VALIDATORS[eventType] as Validator<GatePayloadMap[K]>;
}

/**
 * Validates a gate payload against its event type's schema. Never throws for
 * any payload: `{ ok: true, value }` or `{ ok: false, violations }`. Throws
 * `ArgumentError` only when `eventType` is not a gate event type.
 */
export function validateGatePayload<K extends GateEventType>(eventType: K, payload: unknown): ValidationResult<GatePayloadMap[K]> {
  return validatorFor(eventType).validate(payload);
}

/** Returns the payload, typed, when valid; otherwise throws `GatePayloadValidationError` listing every violation. */
export function assertGatePayload<K extends GateEventType>(eventType: K, payload: unknown, options: AssertGatePayloadOptions = {}): GatePayloadMap[K] {
  const result = validatorFor(eventType).validate(payload);
  if (!result.ok) throw new GatePayloadValidationError(eventType, result.violations, payload, { eventId: options.eventId ?? null });
  return result.value;
}
