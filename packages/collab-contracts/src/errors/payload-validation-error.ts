import { formatViolations, type Violation } from "@sk/event-envelope/errors";
import { CollaborationError } from "./collaboration-error.js";

/** Optional context of a `PayloadValidationError`. */
export interface PayloadValidationErrorOptions {
  /** `event_id` of the event whose payload failed, when known. */
  readonly eventId?: string | null;
  /** The payload that failed, as given. */
  readonly payload?: unknown;
}

function subject(eventType: string, eventId: string | null): string {
  return eventId === null ? `${eventType} payload` : `${eventType} payload of event ${eventId}`;
}

/**
 * A payload broke its event type's schema. Lists every violation (JSON
 * pointer into the payload, rule, offending value), not just the first.
 */
export class PayloadValidationError extends CollaborationError<"PAYLOAD_VALIDATION"> {
  /** Every broken rule, frozen. */
  readonly violations: readonly Violation[];
  /** The payload that failed, as given (`undefined` when not supplied). */
  readonly payload: unknown;

  constructor(eventType: string, violations: readonly Violation[], options: PayloadValidationErrorOptions = {}) {
    const eventId = options.eventId ?? null;
    const count = `${violations.length} violation${violations.length === 1 ? "" : "s"}`;
    super("PAYLOAD_VALIDATION", `${subject(eventType, eventId)} is invalid (${count}):\n${formatViolations(violations)}`, {
      eventType,
      eventId,
    });
    this.violations = Object.freeze([...violations]);
    this.payload = options.payload;
  }
}
