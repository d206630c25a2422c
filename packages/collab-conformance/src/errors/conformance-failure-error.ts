import { SkError } from "@sk/event-envelope/errors";

/**
 * A fixture failed when run through the vitest helper; the message holds the
 * reason and the expected-vs-actual differences. They are deliberately not
 * in a `diff` property: test runners print that one a second time.
 */
export class ConformanceFailureError extends SkError<"CONFORMANCE_FAILURE"> {
  /** The failing fixture's id. */
  readonly fixture_id: string;
  /** Why it failed, in one line. */
  readonly reason: string;
  /** Expected vs actual, one difference per line (may be empty). */
  readonly differences: string;

  constructor(fixtureId: string, reason: string, differences: string) {
    super("CONFORMANCE_FAILURE", differences === "" ? `${fixtureId}: ${reason}` : `${fixtureId}: ${reason}\n${differences}`);
    this.fixture_id = fixtureId;
    this.reason = reason;
    this.differences = differences;
  }
}
