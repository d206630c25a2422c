import { SkError } from "@sk/event-envelope/errors";

/** Which event a collaboration error is about. */
export interface CollaborationErrorDetails {
  /** `event_type` of the offending event (or the offending value, rendered). */
  readonly eventType: string;
  /** `event_id` of the offending event, when there is one. */
  readonly eventId?: string | null;
  /** The underlying cause, when this error wraps another. */
  readonly cause?: unknown;
}

/**
 * Base of every error about a collaboration event, in this package and in
 * the reducer. Carries the `event_id` and `event_type` involved and a stable
 * `code`; `CollaborationError.isInstance` recognises any of them across installs.
 */
export class CollaborationError<Code extends string = string> extends SkError<Code> {
  /** `event_id` of the offending event, or `null` when there is none (a bare payload). */
  readonly event_id: string | null;
  /** `event_type` of the offending event. */
  readonly event_type: string;

  constructor(code: Code, message: string, details: CollaborationErrorDetails) {
    super(code, message, "cause" in details ? { cause: details.cause } : {});
    this.event_id = details.eventId ?? null;
    this.event_type = details.eventType;
  }
}
