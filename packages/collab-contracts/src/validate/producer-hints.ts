import type { Static, TSchema } from "@sinclair/typebox";
import { createValidator, describeValue, type ValidationResult, type Validator, type Violation } from "@sk/event-envelope";

/**
 * Values producers send for a closed set, and the allowed value they mean.
 * The spec-kitty CLI 1.x sends `"high"`/`"medium"` severities and a
 * `"work_package"` target type.
 */
const MEANT: Readonly<Record<string, string>> = {
  critical: "warning",
  high: "warning",
  medium: "warning",
  low: "info",
  work_package: "wp",
  "work-package": "wp",
  workpackage: "wp",
};

/** The schema at a violation's JSON pointer: through object properties, array items and nullable unions. */
function schemaAt(root: TSchema, path: string): TSchema | undefined {
  let schema: TSchema | undefined = root;
  for (const segment of path.split("/").slice(1)) {
    const branches = schema?.["anyOf"] as readonly TSchema[] | undefined;
    const node: TSchema | undefined = branches?.find((branch) => branch["type"] !== "null") ?? schema;
    const properties = node?.["properties"] as Readonly<Record<string, TSchema>> | undefined;
    schema = node?.["type"] === "array" ? (node["items"] as TSchema) : properties !== undefined && Object.hasOwn(properties, segment) ? properties[segment] : undefined;
  }
  return schema;
}

function quotedList(values: readonly string[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}

function withMessage(violation: Violation, expectation: string, hint: string | undefined): Violation {
  const field = violation.path === "" ? "(root)" : violation.path;
  const tail = hint === undefined ? "" : `; ${hint}`;
  return { ...violation, message: `${field}: ${expectation} (rule: ${violation.rule}), got ${describeValue(violation.value)}${tail}` };
}

/** `must be "a" or "b"`, and which one to send when the value says what it meant. */
function enumViolation(violation: Violation, schema: TSchema | undefined): Violation {
  const allowed = ((schema?.["anyOf"] as readonly TSchema[] | undefined) ?? []).map((branch) => String(branch["const"]));
  // Not a closed set this module knows: keep the validator's own message.
  if (allowed.length === 0) return violation;
  const given = typeof violation.value === "string" ? violation.value.toLowerCase() : undefined;
  const meant = given === undefined ? undefined : allowed.includes(given) ? given : MEANT[given];
  return withMessage(violation, `must be ${quotedList(allowed)}`, meant !== undefined && allowed.includes(meant) ? `send ${JSON.stringify(meant)}` : undefined);
}

/** A missing field: what to send in it, from its schema's description. */
function requiredViolation(violation: Violation, schema: TSchema | undefined): Violation {
  const name = violation.path.split("/").at(-1)!;
  const description = schema?.["description"] as string | undefined;
  const what = description === undefined ? "" : `: ${description.charAt(0).toLowerCase()}${description.slice(1).replace(/\.$/, "")}`;
  return withMessage(violation, "required field is missing", `send ${JSON.stringify(name)}${what}`);
}

/** `focus_target: null`, which producers send for "no focus": the contract has no such value. */
function nullFocusViolation(violation: Violation, eventType: string): Violation {
  const shape = 'send a focus target {"target_type": "wp" | "step" | "file", "target_id": "<id>"}';
  const noFocus = eventType === "FocusChanged" ? '; "no focus" is not a focus target: send no FocusChanged until the participant focuses something (its focus clears when it leaves the mission)' : "";
  return withMessage(violation, "expected a focus target object", shape + noFocus);
}

/**
 * Rewrites a payload violation so that it tells a producer exactly what to
 * send instead: the allowed values of a closed set (and the one meant, when
 * the value names it another way), what a missing field holds, and what to
 * do about a `null` focus target. Other violations are kept as they are.
 */
export function withProducerHint(eventType: string, schema: TSchema, violation: Violation): Violation {
  if (violation.rule === "enum") return enumViolation(violation, schemaAt(schema, violation.path));
  if (violation.rule === "required") return requiredViolation(violation, schemaAt(schema, violation.path));
  if (violation.value === null && violation.path.endsWith("focus_target")) return nullFocusViolation(violation, eventType);
  return violation;
}

/** A payload validator whose violations carry producer hints (`withProducerHint`); `check` is unchanged. */
export function withProducerHints<T>(eventType: string, validator: Validator<T>): Validator<T> {
  const hint = (violations: readonly Violation[]): Violation[] => violations.map((violation) => withProducerHint(eventType, validator.schema, violation));
  return Object.freeze({
    schema: validator.schema,
    check: validator.check,
    violations: (value: unknown) => hint(validator.violations(value)),
    validate: (value: unknown): ValidationResult<T> => {
      const result = validator.validate(value);
      return result.ok ? result : { ok: false, violations: hint(result.violations) };
    },
  });
}

/** The compiled validator of an event type's payload, its violations rendered with producer hints. */
export function createPayloadValidator<S extends TSchema>(eventType: string, schema: S): Validator<Static<S>> {
  return withProducerHints(eventType, createValidator(schema));
}
