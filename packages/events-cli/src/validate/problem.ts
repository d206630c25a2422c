import { describeValue, type Violation } from "@sk/event-envelope";

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
