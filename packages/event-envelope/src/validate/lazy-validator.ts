import type { Static, TSchema } from "@sinclair/typebox";
import { type TypeCheck, TypeCompiler } from "@sinclair/typebox/compiler";
import type { Violation } from "../errors/violation.js";
import { violationsFrom } from "./violations.js";

/** Result of a non-throwing validation. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly violations: readonly Violation[] };

/** A TypeBox schema compiled on first use, with violations in library form. */
export interface Validator<T> {
  /** The TypeBox schema this validator checks. */
  readonly schema: TSchema;
  /** Fast boolean check; narrows `value`. */
  check(value: unknown): value is T;
  /** Every violation of `value` (empty when valid). */
  violations(value: unknown): Violation[];
  /** `{ ok: true, value }` or `{ ok: false, violations }`; never throws. */
  validate(value: unknown): ValidationResult<T>;
}

/**
 * Wraps a schema in a validator that compiles it with `TypeCompiler` once,
 * the first time it is used, so that importing a package costs nothing.
 */
export function createValidator<S extends TSchema>(schema: S): Validator<Static<S>> {
  let compiled: TypeCheck<S> | undefined;
  const compile = (): TypeCheck<S> => {
    compiled ??= TypeCompiler.Compile(schema);
    return compiled;
  };
  const check = (value: unknown): value is Static<S> => compile().Check(value);
  const violations = (value: unknown): Violation[] => (check(value) ? [] : violationsFrom(compile().Errors(value)));
  return {
    schema,
    check,
    violations,
    validate: (value) => (check(value) ? { ok: true, value } : { ok: false, violations: violationsFrom(compile().Errors(value)) }),
  };
}
