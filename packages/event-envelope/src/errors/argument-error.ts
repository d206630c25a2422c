import { SkError } from "./sk-error.js";
import { describeValue } from "./violation.js";

/**
 * A function or option argument broke a rule. Names the field, the rule and
 * the offending value, like every validation error of the library.
 */
export class ArgumentError extends SkError<"INVALID_ARGUMENT"> {
  readonly field: string;
  readonly rule: string;
  readonly value: unknown;

  constructor(field: string, rule: string, value: unknown, expectation: string) {
    super("INVALID_ARGUMENT", `${field}: ${expectation} (rule: ${rule}), got ${describeValue(value)}`);
    this.field = field;
    this.rule = rule;
    this.value = value;
  }
}
