import { formatViolations, type Violation } from "@sk/event-envelope/errors";
import { GateError } from "./gate-error.js";

/** Optional context of a `GatePayloadValidationError`. */
export interface GatePayloadValidationErrorOptions {
  /** `event_id` of the event whose payload failed, when known. */
  readonly eventId?: string | null;
}

/** A `GatePassed` or `GateFailed` payload broke its schema. Lists every violation. */
export class GatePayloadValidationError extends GateError<"GATE_PAYLOAD_VALIDATION"> {
  /** `GatePassed` or `GateFailed`. */
  readonly event_type: string;
  /** `event_id` of the event the payload belongs to, or `null`. */
  readonly event_id: string | null;
  /** Every broken rule, frozen. */
  readonly violations: readonly Violation[];
  /** The payload that failed, as given. */
  readonly payload: unknown;

  constructor(eventType: string, violations: readonly Violation[], payload: unknown, options: GatePayloadValidationErrorOptions = {}) {
    const eventId = options.eventId ?? null;
    const subject = eventId === null ? `${eventType} payload` : `${eventType} payload of event ${eventId}`;
    const count = `${violations.length} violation${violations.length === 1 ? "" : "s"}`;
    super("GATE_PAYLOAD_VALIDATION", `${subject} is invalid (${count}):\n${formatViolations(violations)}`);
    this.event_type = eventType;
    this.event_id = eventId;
    this.violations = Object.freeze([...violations]);
    this.payload = payload;
  }
}
