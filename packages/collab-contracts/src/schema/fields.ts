import { type TArray, type TLiteral, type TNull, type TOptional, type TSchema, type TString, type TUnion, Type } from "@sinclair/typebox";

/**
 * Field builders shared by every model and payload, so that one rule (an id
 * is a non-empty string, an optional field may be absent or null) is written
 * once. Internal: the public surface is the schemas built from them.
 */

/** An identifier: a string of at least one character. */
export function idField(description: string): TString {
  return Type.String({ minLength: 1, description });
}

/** Every collaboration payload's `mission_id`. */
export function missionIdField(): TString {
  return idField("Mission the event belongs to; the envelope's `aggregate_id` is `mission/{mission_id}`.");
}

/** Participants of a multi-actor warning: at least two ids. */
export function participantIdsField(description: string): TArray<TString> {
  return Type.Array(Type.String({ minLength: 1 }), { minItems: 2, description });
}

/** An optional id: absent, `null`, or a string of at least one character. */
export function optionalId(description: string): TOptional<TUnion<[TString, TNull]>> {
  return optionalNullable(Type.String({ minLength: 1 }), description);
}

/** An optional free-form string: absent, `null`, or any string. */
export function optionalText(description: string): TOptional<TUnion<[TString, TNull]>> {
  return optionalNullable(Type.String(), description);
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
