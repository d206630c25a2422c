import { formatViolations, type Violation } from "@sk/event-envelope/errors";
import { StatusError } from "./status-error.js";

/** Optional context of a `StatusPayloadValidationError`. */
export interface StatusPayloadValidationErrorOptions {
  /** `event_id` of the event whose payload failed, when known. */
  readonly eventId?: string | null;
}

/**
 * A `WPStatusChanged` payload broke the schema or one of its two payload
 * rules. Lists every violation (JSON pointer, rule, offending value).
 */
export class StatusPayloadValidationError extends StatusError<"STATUS_PAYLOAD_VALIDATION"> {
  /** Every broken rule, frozen. */
  readonly violations: readonly Violation[];
  /** The payload that failed, as given. */
  readonly payload: unknown;
  /** `event_id` of the event the payload belongs to, or `null`. */
  readonly event_id: string | null;

  constructor(violations: readonly Violation[], payload: unknown, options: StatusPayloadValidationErrorOptions = {}) {
    const eventId = options.eventId ?? null;
    const subject = eventId === null ? "WPStatusChanged payload" : `WPStatusChanged payload of event ${eventId}`;
    const count = `${violations.length} violation${violations.length === 1 ? "" : "s"}`;
    super("STATUS_PAYLOAD_VALIDATION", `${subject} is invalid (${count}):\n${formatViolations(violations)}`);
    this.violations = Object.freeze([...violations]);
    this.payload = payload;
    this.event_id = eventId;
  }
}
