import type { Violation } from "@sk/event-envelope/errors";
import type { Lane } from "@sk/status-contracts";

/**
 * Every anomaly reason the reducer writes. The texts are contract: ports
 * and conformance fixtures compare them.
 */
export const reasons = Object.freeze({
  /** An element of the log that is not a valid envelope (starts with `invalid envelope`). */
  invalidEnvelope(violations: readonly Violation[]): string {
    return `invalid envelope: ${violations.map((violation) => violation.message).join("; ")}`;
  },
  /** A kept event whose `event_id` also came with other content. */
  conflictingDuplicate: "conflicting duplicate event_id",
  /**
   * `payload validation failed: {field}: {rule}` of the first violation;
   * the field is its JSON pointer without the leading `/` (a valid
   * envelope's payload is an object, so a violation always has a field).
   */
  invalidPayload(violations: readonly Violation[]): string {
    const first = violations[0]!;
    return `payload validation failed: ${first.path.slice(1)}: ${first.rule}`;
  },
  /** The event's `from_lane` is not the work package's lane at the start of its group. */
  fromLaneMismatch(expected: Lane | null, got: Lane | null): string {
    return `from_lane mismatch: expected ${expected ?? "None"}, got ${got ?? "None"}`;
  },
  /** `validateTransition`'s violations, joined. */
  transitionRejected(violations: readonly string[]): string {
    return violations.join("; ");
  },
});
