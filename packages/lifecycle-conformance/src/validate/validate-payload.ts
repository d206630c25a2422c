import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ArgumentError, escapePointerSegment } from "@sk/event-envelope/errors";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { PAYLOAD_CONTRACTS, type PayloadContract } from "./payload-contracts.js";

/** One broken rule as both layers name it: JSON pointer and rule (`required` at the missing property, `enum` for an `anyOf` of `const`s). */
export interface LayerViolation {
  readonly path: string;
  readonly rule: string;
}

/** Both layers' verdict on one payload. */
export interface DualValidation {
  /** True only when both layers accept the value. */
  readonly valid: boolean;
  readonly typebox: readonly LayerViolation[];
  readonly ajv: readonly LayerViolation[];
  /** True when one layer accepts and the other does not: always a bug in the contracts. */
  readonly disagreement: boolean;
}

const require = createRequire(import.meta.url);
// `verbose` puts each failing schema on its error, which tells an enum (`anyOf` of `const`s) from other unions.
const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
const compiled = new Map<string, ValidateFunction>();

function ajvFor(contract: PayloadContract): ValidateFunction {
  let validate = compiled.get(contract.schema);
  if (validate === undefined) {
    validate = ajv.compile(JSON.parse(readFileSync(require.resolve(contract.schema), "utf8")) as object);
    compiled.set(contract.schema, validate);
  }
  return validate;
}

function isEnumOfConsts(error: ErrorObject): boolean {
  return error.keyword === "anyOf" && Array.isArray(error.schema) && error.schema.every((branch: unknown) => typeof branch === "object" && branch !== null && "const" in branch);
}

/**
 * Ajv's errors in the TypeBox layer's terms: an `anyOf` of `const`s is one
 * `enum` (its per-branch errors dropped), `if` (which only says that its
 * `then` failed) is dropped, `required` points at the missing property.
 */
function ajvViolations(validate: ValidateFunction, value: unknown): LayerViolation[] {
  if (validate(value)) return [];
  const enums = validate.errors!.filter(isEnumOfConsts).map((error) => `${error.schemaPath}/`);
  const errors = validate.errors!.filter((error) => error.keyword !== "if" && !enums.some((prefix) => error.schemaPath.startsWith(prefix)));
  return errors.map((error) => {
    if (error.keyword === "required") return { path: `${error.instancePath}/${escapePointerSegment(String(error.params["missingProperty"]))}`, rule: "required" };
    return { path: error.instancePath, rule: isEnumOfConsts(error) ? "enum" : error.keyword };
  });
}

/**
 * Validates a payload twice: with the compiled TypeBox validator of its
 * contracts package and with an independent Ajv (draft 2020-12, strict)
 * over the shipped JSON Schema file. Throws `ArgumentError` for an event
 * type the fixtures do not cover.
 */
export function validatePayloadBothLayers(eventType: string, value: unknown): DualValidation {
  const contract = PAYLOAD_CONTRACTS.get(eventType);
  if (contract === undefined) throw new ArgumentError("eventType", "enum", eventType, `expected one of ${[...PAYLOAD_CONTRACTS.keys()].join(", ")}`);
  const typebox = contract.validator.violations(value).map(({ path, rule }) => ({ path, rule }));
  const ajvLayer = ajvViolations(ajvFor(contract), value);
  const typeboxValid = typebox.length === 0;
  const ajvValid = ajvLayer.length === 0;
  return { valid: typeboxValid && ajvValid, typebox, ajv: ajvLayer, disagreement: typeboxValid !== ajvValid };
}
