import { formatViolations, type Violation } from "@sk/event-envelope/errors";
import { LifecycleError } from "./lifecycle-error.js";

/** Optional context of a `LifecyclePayloadValidationError`. */
export interface LifecyclePayloadValidationErrorOptions {
  /** `event_id` of the event whose payload failed, when known. */
  readonly eventId?: string | null;
  /** The payload that failed, as given. */
  readonly payload?: unknown;
}

/**
 * A lifecycle payload broke its event type's schema. Lists every violation
 * (JSON pointer into the payload, rule, offending value), not just the first.
 */
export class LifecyclePayloadValidationError extends LifecycleError<"LIFECYCLE_PAYLOAD_VALIDATION"> {
  /** Every broken rule, frozen. */
  readonly violations: readonly Violation[];
  /** The payload that failed, as given (`undefined` when not supplied). */
  readonly payload: unknown;

  constructor(eventType: string, violations: readonly Violation[], options: LifecyclePayloadValidationErrorOptions = {}) {
    const eventId = options.eventId ?? null;
    const subject = eventId === null ? `${eventType} payload` : `${eventType} payload of event ${eventId}`;
    const count = `${violations.length} violation${violations.length === 1 ? "" : "s"}`;
    super("LIFECYCLE_PAYLOAD_VALIDATION", `${subject} is invalid (${count}):\n${formatViolations(violations)}`, { eventType, eventId });
    this.violations = Object.freeze([...violations]);
    this.payload = options.payload;
  }
}
