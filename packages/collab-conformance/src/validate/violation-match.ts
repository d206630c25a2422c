import type { ExpectedViolation } from "../fixtures/fixture-types.js";

/** True when `reported` holds a violation of `expected.rule` at `expected.path`. */
export function reportsViolation(reported: ReadonlyArray<{ readonly rule: string; readonly path: string }>, expected: ExpectedViolation): boolean {
  return reported.some((violation) => violation.rule === expected.rule && violation.path === expected.path);
}

/** `rule at /path` for each violation, comma-separated (for failure reasons). */
export function describeViolations(reported: ReadonlyArray<{ readonly rule: string; readonly path: string }>): string {
  return reported.length === 0 ? "none" : reported.map((violation) => `${violation.rule} at ${violation.path || "(root)"}`).join(", ");
}
