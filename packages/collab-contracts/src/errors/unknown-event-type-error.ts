import { describeValue } from "@sk/event-envelope/errors";
import { CollaborationError } from "./collaboration-error.js";

/**
 * A value that is not one of the 14 collaboration event types was used where
 * one is required (`validatePayload`, `assertPayload`, `createCollaborationEvent`).
 */
export class UnknownEventTypeError extends CollaborationError<"UNKNOWN_EVENT_TYPE"> {
  /** The offending value, as given. */
  readonly value: unknown;

  constructor(value: unknown, options: { readonly eventId?: string | null } = {}) {
    super(
      "UNKNOWN_EVENT_TYPE",
      `event_type: expected one of the 14 collaboration event types (rule: enum), got ${describeValue(value)}`,
      { eventType: typeof value === "string" ? value : describeValue(value), eventId: options.eventId ?? null },
    );
    this.value = value;
  }
}
