import { describeValue, formatViolations, type Violation } from "@sk/event-envelope/errors";
import { CollaborationError } from "./collaboration-error.js";

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Readonly<Record<string, unknown>>)[key] : undefined;
}

/**
 * Thrown by `parseCollaborationEvent`: a value is not a valid collaboration
 * event. Lists every violation of the envelope, the payload of its type
 * (paths under `/payload`) and the canonical mission mapping, not just the
 * first. `event_id` and `event_type` are the raw values when they are strings.
 */
export class CollaborationEventValidationError extends CollaborationError<"COLLABORATION_EVENT_VALIDATION"> {
  /** Every broken rule, frozen; each path is a JSON pointer from the event's root. */
  readonly violations: readonly Violation[];
  /** The value that was parsed, as given. */
  readonly input: unknown;

  constructor(violations: readonly Violation[], input: unknown) {
    const rawId = field(input, "event_id");
    const rawType = field(input, "event_type");
    const eventId = typeof rawId === "string" ? rawId : null;
    const count = `${violations.length} violation${violations.length === 1 ? "" : "s"}`;
    const subject = eventId === null ? "Collaboration event" : `Collaboration event ${eventId}`;
    super("COLLABORATION_EVENT_VALIDATION", `${subject} is invalid (${count}):\n${formatViolations(violations)}`, {
      eventType: typeof rawType === "string" ? rawType : describeValue(rawType),
      eventId,
    });
    this.violations = Object.freeze([...violations]);
    this.input = input;
  }
}
