import { describeValue } from "@sk/event-envelope/errors";
import { LIFECYCLE_EVENT_TYPES } from "../event-types/event-types.js";
import { LifecycleError } from "./lifecycle-error.js";

/** A value that is not one of the five lifecycle event types was used where one is required. */
export class UnknownLifecycleEventTypeError extends LifecycleError<"UNKNOWN_LIFECYCLE_EVENT_TYPE"> {
  /** The offending value, as given. */
  readonly value: unknown;

  constructor(value: unknown) {
    super(
      "UNKNOWN_LIFECYCLE_EVENT_TYPE",
      `event_type: expected one of ${LIFECYCLE_EVENT_TYPES.join(", ")} (rule: enum), got ${describeValue(value)}`,
      { eventType: typeof value === "string" ? value : describeValue(value) },
    );
    this.value = value;
  }
}
