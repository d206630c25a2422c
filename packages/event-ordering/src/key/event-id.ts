import { OrderingInputError } from "../errors/ordering-input-error.js";

const LOWER_A = 97;
const LOWER_Z = 122;
const ASCII_END = 128;
const FNV_PRIME = 0x01000193;
const EVEN_SEED = 0x811c9dc5 | 0;
const ODD_SEED = 0x2545f491;

/** Spreads the bits so that the low bits alone index a hash table well; non-negative. */
function finish(even: number, odd: number, length: number): number {
  let hash = even ^ Math.imul(odd ^ (odd >>> 15), 0x9e3779b1) ^ length;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash & 0x7fffffff;
}

/** Lower-case ASCII and every non-ASCII code unit may change under `toUpperCase`. */
function mayChangeCase(code: number): boolean {
  return code >= LOWER_A && (code <= LOWER_Z || code >= ASCII_END);
}

// Both hashes run FNV-1a on even and odd code units in two independent
// lanes, which halves the chain of dependent multiplications per id.

/** A non-negative 31-bit hash of `id`'s code units. */
export function hashEventId(id: string): number {
  const length = id.length;
  let even = EVEN_SEED;
  let odd = ODD_SEED;
  let at = 0;
  for (; at + 1 < length; at += 2) {
    even = Math.imul(even ^ id.charCodeAt(at), FNV_PRIME);
    odd = Math.imul(odd ^ id.charCodeAt(at + 1), FNV_PRIME);
  }
  if (at < length) even = Math.imul(even ^ id.charCodeAt(at), FNV_PRIME);
  return finish(even, odd, length);
}

/**
 * `hashEventId(id)` when `id` is certainly canonical (ASCII without
 * lower-case letters, the common case for envelopes), otherwise -1. One
 * pass serves both the case check and the hash on the sort's hot path.
 */
export function canonicalIdHash(id: string): number {
  const length = id.length;
  let even = EVEN_SEED;
  let odd = ODD_SEED;
  let at = 0;
  for (; at + 1 < length; at += 2) {
    const first = id.charCodeAt(at);
    const second = id.charCodeAt(at + 1);
    if (mayChangeCase(first) || mayChangeCase(second)) return -1;
    even = Math.imul(even ^ first, FNV_PRIME);
    odd = Math.imul(odd ^ second, FNV_PRIME);
  }
  if (at < length) {
    const last = id.charCodeAt(at);
    if (mayChangeCase(last)) return -1;
    even = Math.imul(even ^ last, FNV_PRIME);
  }
  return finish(even, odd, length);
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
