import { OrderingInputError } from "../errors/ordering-input-error.js";

const LOWER_A = 97;
const LOWER_Z = 122;
const ASCII_END = 128;
/** Clears the ASCII case bit: `a` → `A`; other code units stay distinct enough for a hash. */
const FOLD_CASE = 0xffdf;
const FNV_PRIME = 0x01000193;
const FRONT_SEED = 0x811c9dc5 | 0;
const BACK_SEED = 0x2545f491;
const NOT_ASCII = -1;

/**
 * The canonical form of an event id, the form ids are compared and
 * deduplicated in: `id.toUpperCase()`, as the envelope parser stores it. An
 * id with nothing to change (ASCII without lower case, such as a canonical
 * ULID) is returned as is, without the copy `toUpperCase` would allocate.
 */
export function canonicalEventId(id: string): string {
  for (let at = 0; at < id.length; at++) {
    const code = id.charCodeAt(at);
    if (code >= LOWER_A && (code <= LOWER_Z || code >= ASCII_END)) return id.toUpperCase();
  }
  return id;
}

/** Code units hashed from each end of an id; shorter ids are hashed whole. */
const SAMPLE_UNITS = 8;

/** Spreads the bits so that the low bits alone index a hash table well; non-negative. */
function finish(front: number, back: number): number {
  let hash = front ^ Math.imul(back ^ (back >>> 15), 0x9e3779b1);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash & 0x7fffffff;
}

/**
 * ASCII-case-insensitive FNV-1a of the first and the last `SAMPLE_UNITS`
 * code units of `id`, in two independent lanes; or `NOT_ASCII` when
 * `unitsLimit` is 128 and one of those code units is not ASCII.
 */
function sampledHash(id: string, unitsLimit: number): number {
  const length = id.length;
  const sample = Math.min(length, SAMPLE_UNITS);
  const backStart = length - sample;
  let front = FRONT_SEED;
  let back = BACK_SEED;
  let units = 0;
  for (let at = 0; at < sample; at++) {
    const first = id.charCodeAt(at);
    const last = id.charCodeAt(backStart + at);
    units |= first | last;
    front = Math.imul(front ^ (first & FOLD_CASE), FNV_PRIME);
    back = Math.imul(back ^ (last & FOLD_CASE), FNV_PRIME);
  }
  return units >= unitsLimit ? NOT_ASCII : finish(front, back);
}

/**
 * A non-negative 31-bit hash of the canonical form of `id`, computed
 * without building that form: ids equal after `canonicalEventId` always
 * hash equal.
 *
 * Only the first and last 8 code units are read: for ULIDs that is the
 * time prefix and 40 random bits, and it saves a third of the reads on the
 * dedup's hot path. Ids that differ only in the middle collide, which costs
 * time in the exact phase of the duplicate search, never correctness.
 * `toUpperCase` maps code units one by one (some to two), so an ASCII head
 * or tail keeps its place in the canonical form and is hashed in place,
 * case-insensitively; a non-ASCII head or tail is hashed from the
 * upper-cased id.
 */
export function eventIdHash(id: string): number {
  const hash = sampledHash(id, ASCII_END);
  return hash === NOT_ASCII ? sampledHash(id.toUpperCase(), Number.POSITIVE_INFINITY) : hash;
}

/** The error for an `event_id` that is missing, not a string, or empty. */
export function invalidEventId(value: unknown, index: number | undefined): OrderingInputError {
  if (value === undefined) return new OrderingInputError({ field: "event_id", rule: "required", value, expectation: "required field is missing", index });
  const rule = typeof value === "string" ? "minLength" : "type";
  return new OrderingInputError({ field: "event_id", rule, value, expectation: "expected a non-empty string", index });
}
