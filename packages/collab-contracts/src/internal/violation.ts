import { describeValue, type Violation } from "@sk/event-envelope";

/** A violation whose message names the field, the expectation, the rule and the value, like every library violation. */
export function violation(path: string, rule: string, value: unknown, expectation: string): Violation {
  return { path, rule, value, message: `${path || "(root)"}: ${expectation} (rule: ${rule}), got ${describeValue(value)}` };
}
