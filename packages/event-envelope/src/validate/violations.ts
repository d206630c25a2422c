import { type ValueError, ValueErrorType } from "@sinclair/typebox/errors";
import { describeValue, type Violation } from "../errors/violation.js";
import { OFFSET_TIMESTAMP_PATTERN, SEMVER_PATTERN, TIMESTAMP_PATTERN, ULID_PATTERN, UUID_PATTERN } from "../schema/patterns.js";

/** Readable names of the wire patterns, so messages do not quote long regexes. */
const PATTERN_NAMES: ReadonlyMap<unknown, string> = new Map([
  [ULID_PATTERN, "a ULID (26 Crockford base32 characters, first one 0-7)"],
  [UUID_PATTERN, "a UUID (8-4-4-4-12 hex digits)"],
  [SEMVER_PATTERN, "a MAJOR.MINOR.PATCH version"],
  [TIMESTAMP_PATTERN, "an ISO 8601 date-time YYYY-MM-DDTHH:MM:SS with 0 to 6 fractional digits and an optional offset (Z or ±HH:MM)"],
  [OFFSET_TIMESTAMP_PATTERN, "an RFC 3339 date-time with an offset (Z or ±HH:MM) and 0 to 6 fractional digits"],
]);

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

/** JSON Schema type name of a value that failed every branch (null never does: nullable unions accept it). */
function jsonType(value: unknown): string {
  if (Array.isArray(value)) return "array";
  return Number.isInteger(value) ? "integer" : typeof value;
}

function toViolation(error: ValueError, rule: string, message: string): Violation {
  const field = error.path === "" ? "(root)" : error.path;
  return { path: error.path, rule, value: error.value, message: `${field}: ${message} (rule: ${rule}), got ${describeValue(error.value)}` };
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
  const matching = branches.findIndex(({ type: expected }) => expected === type || (expected === "number" && type === "integer"));
  if (matching !== -1) return violationsFrom(error.errors[matching]!);
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
    if (missing.has(error.path)) continue;
    if (error.type === ValueErrorType.Union) {
      violations.push(...unionViolations(error));
      continue;
    }
    const rule = RULE_BY_ERROR[error.type] ?? "type";
    if (rule === "required") {
      missing.add(error.path);
      violations.push(toViolation(error, rule, "required field is missing"));
      continue;
    }
    const patternName = rule === "pattern" ? PATTERN_NAMES.get(error.schema["pattern"]) : undefined;
    const message = patternName === undefined ? error.message.charAt(0).toLowerCase() + error.message.slice(1) : `expected ${patternName}`;
    violations.push(toViolation(error, rule, message));
  }
  return violations;
}
