import { SkError } from "@sk/event-envelope/errors";

/** Which event a lifecycle error is about. */
export interface LifecycleErrorDetails {
  /** `event_type` of the offending event (or the offending value, rendered). */
  readonly eventType: string;
  /** `event_id` of the offending event, when there is one. */
  readonly eventId?: string | null;
}

/**
 * Base of every error about a mission lifecycle event. Carries the
 * `event_id` and `event_type` involved and a stable literal `code`.
 */
export class LifecycleError<C extends string = string> extends SkError<C> {
  /** `event_id` of the offending event, or `null` when there is none (a bare payload). */
  readonly event_id: string | null;
  /** `event_type` of the offending event. */
  readonly event_type: string;

  constructor(code: C, message: string, details: LifecycleErrorDetails) {
    super(code, message);
    this.event_id = details.eventId ?? null;
    this.event_type = details.eventType;
  }
}
