import { describeValue, SkError } from "@sk/event-envelope/errors";

/** What an {@link InvalidSnapshotError} says about the offending snapshot. */
export interface InvalidSnapshotErrorDetails {
  /** The offending field, e.g. `format`, `options.mode`, `events`; `""` for the snapshot itself. */
  readonly field: string;
  /** The broken rule: `type`, `const`, `enum`, `replay`, ... */
  readonly rule: string;
  /** The offending value, as given. */
  readonly value: unknown;
  /** What was expected, in words. */
  readonly expectation: string;
  /** The underlying error, when replaying the snapshot's events failed. */
  readonly cause?: unknown;
}

/**
 * `fromSnapshot` was given something that is not a snapshot this version
 * wrote: wrong `format`, bad options, events that are not envelopes, or
 * events that a strict reducer rejects (the rejection is the `cause`).
 */
export class InvalidSnapshotError extends SkError<"INVALID_SNAPSHOT"> {
  readonly field: string;
  readonly rule: string;
  readonly value: unknown;

  constructor(details: InvalidSnapshotErrorDetails) {
    super(
      "INVALID_SNAPSHOT",
      `${details.field === "" ? "snapshot" : `snapshot.${details.field}`}: ${details.expectation} (rule: ${details.rule}), got ${describeValue(details.value)}`,
      "cause" in details ? { cause: details.cause } : {},
    );
    this.field = details.field;
    this.rule = details.rule;
    this.value = details.value;
  }
}
