import { describeValue } from "@sk/event-envelope/errors";
import { StatusError } from "./status-error.js";

/**
 * A value is not a lane where one is required: `normalizeLane` (the seven
 * lanes and the `doing` alias) or `canonicalToSyncV1` (the seven lanes only).
 */
export class UnknownLaneError extends StatusError<"UNKNOWN_LANE"> {
  /** The offending value, as given. */
  readonly value: unknown;
  /** The values that would have been accepted. */
  readonly allowed: readonly string[];

  constructor(value: unknown, allowed: readonly string[]) {
    super("UNKNOWN_LANE", `lane: expected one of ${allowed.map((lane) => JSON.stringify(lane)).join(", ")} (rule: enum), got ${describeValue(value)}`);
    this.value = value;
    this.allowed = Object.freeze([...allowed]);
  }
}
