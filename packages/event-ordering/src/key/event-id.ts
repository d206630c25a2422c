import { OrderingInputError } from "../errors/ordering-input-error.js";

const LOWER_A = 97;
const LOWER_Z = 122;
const ASCII_END = 128;
/** Clears the ASCII case bit: `a` → `A`; other code units stay distinct enough for a hash. */
const FOLD_CASE = 0xffdf;
const FNV_PRIME = 0x01000193;
const EVEN_SEED = 0x811c9dc5 | 0;
const ODD_SEED = 0x2545f491;
const NOT_ASCII = -1;

/** The canonical form of an event id: upper case, as the envelope parser stores it. */
export function canonicalEventId(id: string): string {
  for (let at = 0; at < id.length; at++) {
    const code = id.charCodeAt(at);
    if (code >= LOWER_A && (code <= LOWER_Z || code >= ASCII_END)) return id.toUpperCase();
  }
  return id;
}

/** Spreads the two lanes' bits so that the low bits alone index a hash table well; non-negative. */
function finish(even: number, odd: number): number {
  let hash = even ^ Math.imul(odd ^ (odd >>> 15), 0x9e3779b1);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash & 0x7fffffff;
}

/**
 * ASCII-case-insensitive FNV-1a of `id`'s code units, in two lanes (even and
 * odd positions) to halve the chain of dependent multiplications; or
 * `NOT_ASCII` when `unitsLimit` is 128 and a code unit is not ASCII.
 */
function foldedHash(id: string, unitsLimit: number): number {
  const length = id.length;
  let even = EVEN_SEED;
  let odd = ODD_SEED;
  let units = 0;
  let at = 0;
  for (; at + 1 < length; at += 2) {
    const first = id.charCodeAt(at);
    const second = id.charCodeAt(at + 1);
    units |= first | second;
    even = Math.imul(even ^ (first & FOLD_CASE), FNV_PRIME);
    odd = Math.imul(odd ^ (second & FOLD_CASE), FNV_PRIME);
  }
  if (at < length) {
    const last = id.charCodeAt(at);
    units |= last;
    even = Math.imul(even ^ (last & FOLD_CASE), FNV_PRIME);
  }
  return units >= unitsLimit ? NOT_ASCII : finish(even, odd);
}

/**
 * A non-negative 31-bit hash of the canonical form of `id`, computed
 * without building that form: ids equal after `canonicalEventId` always
 * hash equal. ASCII ids (all ULIDs) are hashed case-insensitively in place;
 * others are upper-cased first, since `toUpperCase` may change their length.
 */
export function eventIdHash(id: string): number {
  const hash = foldedHash(id, ASCII_END);
  return hash === NOT_ASCII ? foldedHash(id.toUpperCase(), Number.POSITIVE_INFINITY) : hash;
}

/** The error for an `event_id` that is missing, not a string, or empty. */
export function invalidEventId(value: unknown, index: number | undefined): OrderingInputError {
  if (value === undefined) return new OrderingInputError({ field: "event_id", rule: "required", value, expectation: "required field is missing", index });
  const rule = typeof value === "string" ? "minLength" : "type";
  return new OrderingInputError({ field: "event_id", rule, value, expectation: "expected a non-empty string", index });
}
