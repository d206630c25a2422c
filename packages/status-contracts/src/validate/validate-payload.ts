import type { ValidationResult } from "@sk/event-envelope";
import { StatusPayloadValidationError } from "../errors/status-payload-validation-error.js";
import { type StatusTransitionPayload, statusTransitionPayloadValidator } from "../payloads/status-transition-payload.js";

/** Options of `assertStatusTransitionPayload`. */
export interface AssertStatusPayloadOptions {
  /** `event_id` to name in the error, when the payload belongs to an event. */
  readonly eventId?: string | null;
}

/**
 * Validates a `WPStatusChanged` payload. Never throws: returns
 * `{ ok: true, value }` (the payload itself, typed; lanes as given, so
 * `doing` stays `doing`) or `{ ok: false, violations }` with every broken rule.
 */
export function validateStatusTransitionPayload(payload: unknown): ValidationResult<StatusTransitionPayload> {
  return statusTransitionPayloadValidator.validate(payload);
}

/**
 * Returns the payload, typed, when it is valid; otherwise throws
 * `StatusPayloadValidationError` listing every violation.
 */
export function assertStatusTransitionPayload(payload: unknown, options: AssertStatusPayloadOptions = {}): StatusTransitionPayload {
  const result = statusTransitionPayloadValidator.validate(payload);
  if (!result.ok) throw new StatusPayloadValidationError(result.violations, payload, { eventId: options.eventId ?? null });
  return result.value;
}
