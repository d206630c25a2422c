import { OrderingInputError } from "../errors/ordering-input-error.js";

const LOWER_A = 97;
const LOWER_Z = 122;
const ASCII_END = 128;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Spreads FNV-1a's bits so that the low bits alone index a hash table well. */
function finish(hash: number): number {
  let mixed = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  mixed ^= mixed >>> 13;
  return mixed & 0x7fffffff;
}

/** A non-negative 31-bit hash of `id`'s code units. */
export function hashEventId(id: string): number {
  let hash = FNV_OFFSET;
  for (let at = 0; at < id.length; at++) hash = Math.imul(hash ^ id.charCodeAt(at), FNV_PRIME);
  return finish(hash);
}

/**
 * `hashEventId(id)` when `id` is already canonical (ASCII without lower-case
 * letters, the common case for envelopes), otherwise -1. One pass serves
 * both the case check and the hash on the sort's hot path.
 */
export function canonicalIdHash(id: string): number {
  let hash = FNV_OFFSET;
  for (let at = 0; at < id.length; at++) {
    const code = id.charCodeAt(at);
    if ((code >= LOWER_A && code <= LOWER_Z) || code >= ASCII_END) return -1;
    hash = Math.imul(hash ^ code, FNV_PRIME);
  }
  return finish(hash);
}

/** The canonical form of an event id: upper case, as the envelope parser stores it. */
export function canonicalEventId(id: string): string {
  return canonicalIdHash(id) === -1 ? id.toUpperCase() : id;
}

/** The error for an `event_id` that is missing, not a string, or empty. */
export function invalidEventId(value: unknown, index: number | undefined): OrderingInputError {
  if (value === undefined) return new OrderingInputError({ field: "event_id", rule: "required", value, expectation: "required field is missing", index });
  const rule = typeof value === "string" ? "minLength" : "type";
  return new OrderingInputError({ field: "event_id", rule, value, expectation: "expected a non-empty string", index });
}
