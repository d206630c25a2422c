import { SkError } from "./sk-error.js";
import { formatViolations, type Violation } from "./violation.js";

/**
 * Base of the errors that carry a list of violations (envelope, payload).
 * The list is frozen and complete: every broken rule, not just the first.
 */
export class ValidationError<Code extends string = string> extends SkError<Code> {
  readonly violations: readonly Violation[];

  constructor(code: Code, subject: string, violations: readonly Violation[]) {
    super(code, `${subject} is invalid (${violations.length} violation${violations.length === 1 ? "" : "s"}):\n${formatViolations(violations)}`);
    this.violations = Object.freeze([...violations]);
  }
}

/** Thrown by `parseEvent` when a value is not a valid event envelope. */
export class EnvelopeValidationError extends ValidationError<"ENVELOPE_VALIDATION"> {
  /** The value that was parsed, as given. */
  readonly input: unknown;

  constructor(violations: readonly Violation[], input: unknown) {
    super("ENVELOPE_VALIDATION", "Event envelope", violations);
    this.input = input;
  }
}
