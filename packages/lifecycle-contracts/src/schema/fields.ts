import { type TArray, type TNull, type TOptional, type TString, type TUnion, Type } from "@sinclair/typebox";

/**
 * Field builders of the five payloads, so that each rule of the contract
 * ("string" is at least one character, an optional field may be absent or
 * null, a list defaults to []) is written once. Internal: the public
 * surface is the schemas built from them.
 */

/** A required string of at least one character (whitespace-only is valid). */
export function textField(description: string): TString {
  return Type.String({ minLength: 1, description });
}

/** Every lifecycle payload's `mission_id`. */
export function missionIdField(): TString {
  return textField("Mission the event belongs to; the envelope's `aggregate_id` is `mission/{mission_id}`. Not compared with anything by the reducer.");
}

/** Every lifecycle payload's `actor`. */
export function actorField(): TString {
  return textField("Who emitted the event: a participant, a service or a CLI user.");
}

/** An optional string: absent, `null`, or a string of at least one character. */
export function optionalTextField(description: string): TOptional<TUnion<[TString, TNull]>> {
  return Type.Optional(Type.Union([Type.String({ minLength: 1 }), Type.Null()], { description }));
}

/** A list of work-package ids: absent means `[]`; each id is a string of at least one character. */
export function wpIdListField(description: string): TOptional<TArray<TString>> {
  return Type.Optional(Type.Array(Type.String({ minLength: 1 }), { default: [], description }));
}
