import { describeValue, type ValidationWarning, type Violation } from "@sk/event-envelope";

/** One broken rule of one log element, located by line. */
export interface Problem {
  readonly line: number;
  /** The element's `event_id` when it is a string, else `null`. */
  readonly event_id: string | null;
  /** JSON pointer into the element (`""` is the element itself). */
  readonly pointer: string;
  /** The rule: a JSON Schema keyword, a contract rule, or `json` for text that is not JSON. */
  readonly rule: string;
  /** The offending value (absent for text that is not JSON). */
  readonly value?: unknown;
  /** The full explanation. */
  readonly message: string;
}

/** Something valid but flagged (a timestamp without offset): reported, never a failure. */
export interface Warning {
  readonly line: number;
  readonly event_id: string | null;
  readonly pointer: string;
  /** Stable code, e.g. `TIMESTAMP_WITHOUT_OFFSET`. */
  readonly code: string;
  readonly value: unknown;
  readonly message: string;
}

/** A warning from a library warning. */
export function warningOf(line: number, eventId: string | null, warning: ValidationWarning): Warning {
  return { line, event_id: eventId, pointer: warning.path, code: warning.code, value: warning.value, message: warning.message };
}

/** `FILE:LINE event_id pointer: warning CODE (value)`. */
export function formatWarning(file: string, warning: Warning): string {
  return `${file}:${warning.line} ${warning.event_id ?? "-"} ${warning.pointer}: warning ${warning.code} (${describeValue(warning.value)})`;
}

/** A problem from a library violation. */
export function problemOf(line: number, eventId: string | null, violation: Violation): Problem {
  return { line, event_id: eventId, pointer: violation.path, rule: violation.rule, value: violation.value, message: violation.message };
}

/**
 * `FILE:LINE event_id pointer: rule (value)`, the one-line form of a
 * problem; `-` for an element without a string `event_id`, `(missing)` for
 * a required field that is absent, the parser's message for text that is
 * not JSON.
 */
export function formatProblem(file: string, problem: Problem): string {
  const detail = problem.rule === "json" ? problem.message : problem.rule === "required" ? "missing" : describeValue(problem.value);
  return `${file}:${problem.line} ${problem.event_id ?? "-"} ${problem.pointer === "" ? "(root)" : problem.pointer}: ${problem.rule} (${detail})`;
}
