import { type TLiteral, type TNull, type TOptional, type TSchema, type TString, type TUnion, Type } from "@sinclair/typebox";

/**
 * Field builders shared by the models and the payload, so that each common
 * rule of the contract is written once: a "string" has at least one
 * character, an optional field may be absent or `null`. Internal: the
 * public surface is the schemas built from them.
 */

/** A string of at least one character (whitespace-only strings are valid). */
export function textField(description: string): TString {
  return Type.String({ minLength: 1, description });
}

/** An optional string: absent, `null`, or a string of at least one character. */
export function optionalText(description: string): TOptional<TUnion<[TString, TNull]>> {
  return optionalNullable(Type.String({ minLength: 1 }), description);
}

/** An optional field: absent or `null` both mean "not given". */
export function optionalNullable<T extends TSchema>(schema: T, description: string): TOptional<TUnion<[T, TNull]>> {
  return Type.Optional(Type.Union([schema, Type.Null()], { description }));
}

/** A closed enumeration, as a union of string literals (JSON Schema `anyOf` of `const`). */
export function stringEnum<const V extends string>(values: readonly V[], description: string): TUnion<TLiteral<V>[]> {
  return Type.Union(
    values.map((value) => Type.Literal(value)),
    { description },
  );
}

/** The same schema with a field-specific description (the model's own stays untouched). */
export function describedAs<T extends TSchema>(schema: T, description: string): T {
  return { ...schema, description };
}
