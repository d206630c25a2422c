import { SkError } from "./sk-error.js";
import { formatViolations, type Violation } from "./violation.js";

/**
 * Base of the errors that carry a list of violations (envelope, payload).
 * The list is frozen and complete: every broken rule, not just the first.
 */
export class ValidationError extends SkError {
  readonly violations: readonly Violation[];

  constructor(code: string, subject: string, violations: readonly Violation[]) {
    super(code, `${subject} is invalid (${violations.length} violation${violations.length === 1 ? "" : "s"}):\n${formatViolations(violations)}`);
    this.violations = Object.freeze([...violations]);
  }
}

/** Thrown by `parseEvent` when a value is not a valid event envelope. */
export class EnvelopeValidationError extends ValidationError {
  /** The value that was parsed, as given. */
  readonly input: unknown;

  constructor(violations: readonly Violation[], input: unknown) {
    super("ENVELOPE_VALIDATION", "Event envelope", violations);
    this.input = input;
  }
}
