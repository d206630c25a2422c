import { type ValueError, ValueErrorType } from "@sinclair/typebox/errors";
import { describeValue, type Violation } from "../errors/violation.js";

/** TypeBox error kinds named by the JSON Schema keyword that failed. */
const RULE_BY_ERROR: Partial<Record<ValueErrorType, string>> = {
  [ValueErrorType.ObjectRequiredProperty]: "required",
  [ValueErrorType.ObjectAdditionalProperties]: "additionalProperties",
  [ValueErrorType.StringMinLength]: "minLength",
  [ValueErrorType.StringMaxLength]: "maxLength",
  [ValueErrorType.StringPattern]: "pattern",
  [ValueErrorType.StringFormat]: "format",
  [ValueErrorType.IntegerMinimum]: "minimum",
  [ValueErrorType.IntegerMaximum]: "maximum",
  [ValueErrorType.NumberMinimum]: "minimum",
  [ValueErrorType.NumberMaximum]: "maximum",
  [ValueErrorType.ArrayMinItems]: "minItems",
  [ValueErrorType.ArrayMaxItems]: "maxItems",
  [ValueErrorType.Literal]: "const",
  [ValueErrorType.Union]: "anyOf",
};

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (Number.isInteger(value)) return "integer";
  return typeof value;
}

function toViolation(error: ValueError, rule: string, message: string): Violation {
  const field = error.path === "" ? "(root)" : error.path;
  return { path: error.path, rule, value: error.value, message: `${field}: ${message} (rule: ${rule}), got ${describeValue(error.value)}` };
}

function branchSchemaType(schema: ValueError["schema"]): unknown {
  return schema["type"] ?? (schema["const"] === undefined ? undefined : jsonType(schema["const"]));
}

/**
 * A failed `anyOf` is reported the way a reader expects: an enum of literals
 * as `enum`, a nullable field whose value has the non-null branch's type as
 * that branch's own errors (say `pattern`), anything else as `anyOf`.
 */
function unionViolations(error: ValueError): Violation[] {
  const branches = error.schema["anyOf"] as ReadonlyArray<ValueError["schema"]>;
  if (branches.every((branch) => branch["const"] !== undefined)) {
    const allowed = branches.map((branch) => JSON.stringify(branch["const"])).join(", ");
    return [toViolation(error, "enum", `expected one of ${allowed}`)];
  }
  const type = jsonType(error.value);
  const matching = branches.findIndex((branch) => {
    const expected = branchSchemaType(branch);
    return expected === type || (expected === "number" && type === "integer");
  });
  const nested = matching === -1 ? undefined : error.errors[matching];
  if (nested !== undefined) {
    const inner = violationsFrom(nested);
    if (inner.length > 0) return inner;
  }
  return [toViolation(error, "anyOf", error.message.toLowerCase())];
}

/**
 * Turns TypeBox errors into violations: one per broken rule, a missing
 * property reported once (as `required`), JSON pointers as paths.
 */
export function violationsFrom(errors: Iterable<ValueError>): Violation[] {
  const violations: Violation[] = [];
  const missing = new Set<string>();
  for (const error of errors) {
    if (error.type === ValueErrorType.Union) {
      violations.push(...unionViolations(error));
      continue;
    }
    if (missing.has(error.path)) continue;
    const rule = RULE_BY_ERROR[error.type] ?? "type";
    if (rule === "required") {
      missing.add(error.path);
      violations.push(toViolation(error, rule, "required field is missing"));
      continue;
    }
    violations.push(toViolation(error, rule, error.message.charAt(0).toLowerCase() + error.message.slice(1)));
  }
  return violations;
}
