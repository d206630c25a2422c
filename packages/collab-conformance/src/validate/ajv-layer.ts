import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { escapePointerSegment } from "@sk/event-envelope/errors";
import { readShippedSchema } from "./schema-files.js";

/** One Ajv error in the library's terms: JSON pointer, rule, and Ajv's own keyword. */
export interface AjvViolation {
  /** JSON pointer of the offending value; for `required`, of the missing property. */
  readonly path: string;
  /** The rule, named like the TypeBox layer names it (`enum` for an `anyOf` of `const`s). */
  readonly rule: string;
  /** Ajv's keyword, as reported. */
  readonly keyword: string;
  /** Where in the schema the error comes from. */
  readonly schemaPath: string;
  readonly message: string;
}

// One strict Ajv instance; each schema file is compiled the first time it is needed.
const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
const compiled = new Map<string, ValidateFunction>();

function validatorFor(eventType: string): ValidateFunction {
  let validate = compiled.get(eventType);
  if (validate === undefined) {
    validate = ajv.compile(readShippedSchema(eventType));
    compiled.set(eventType, validate);
  }
  return validate;
}

/** An `anyOf` whose branches are all `const`: the JSON Schema spelling of a closed enum. */
function isEnumOfConsts(error: ErrorObject): boolean {
  return (
    error.keyword === "anyOf" &&
    Array.isArray(error.schema) &&
    error.schema.every((branch: unknown) => typeof branch === "object" && branch !== null && "const" in branch)
  );
}

function toViolation(error: ErrorObject): AjvViolation {
  const message = `${error.message}`;
  if (error.keyword === "required") {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    return { path: `${error.instancePath}/${escapePointerSegment(missing)}`, rule: "required", keyword: "required", schemaPath: error.schemaPath, message };
  }
  const rule = isEnumOfConsts(error) ? "enum" : error.keyword;
  return { path: error.instancePath, rule, keyword: error.keyword, schemaPath: error.schemaPath, message };
}

/**
 * Validates `value` with Ajv (draft 2020-12, strict) against the shipped JSON
 * Schema file of `eventType`. An enum's per-branch `const` errors are folded
 * into the one `enum` violation, as the TypeBox layer reports it.
 */
export function ajvValidate(eventType: string, value: unknown): { readonly valid: boolean; readonly errors: readonly AjvViolation[] } {
  const validate = validatorFor(eventType);
  if (validate(value)) return { valid: true, errors: [] };
  // Ajv sets `errors` whenever validation fails.
  const errors = validate.errors as ErrorObject[];
  const enumPaths = errors.filter(isEnumOfConsts).map((error) => `${error.schemaPath}/`);
  const kept = errors.filter((error) => !enumPaths.some((prefix) => error.schemaPath.startsWith(prefix)));
  return { valid: false, errors: kept.map(toViolation) };
}
