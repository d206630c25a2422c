import { SkError } from "@sk/event-envelope/errors";

/** A fixture failed when run through the vitest helper; the message holds the reason and the diff. */
export class LifecycleConformanceFailureError extends SkError<"LIFECYCLE_CONFORMANCE_FAILURE"> {
  /** The failing fixture's id. */
  readonly fixture_id: string;
  /** Why it failed, in one line. */
  readonly reason: string;
  /** Expected vs actual, one difference per line (may be empty). */
  readonly diff: string;

  constructor(fixtureId: string, reason: string, diff: string) {
    super("LIFECYCLE_CONFORMANCE_FAILURE", diff === "" ? `${fixtureId}: ${reason}` : `${fixtureId}: ${reason}\n${diff}`);
    this.fixture_id = fixtureId;
    this.reason = reason;
    this.diff = diff;
  }
}
