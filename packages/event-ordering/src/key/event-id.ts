import { OrderingInputError } from "../errors/ordering-input-error.js";

const LOWER_A = 97;
const LOWER_Z = 122;
const ASCII_END = 128;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

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

/**
 * A non-negative 31-bit hash of the canonical form of `id` (FNV-1a, then
 * mixed so that its low bits alone index a hash table well): ids equal
 * after `canonicalEventId` always hash equal.
 */
export function eventIdHash(id: string): number {
  const canonical = canonicalEventId(id);
  let hash = FNV_OFFSET;
  for (let at = 0; at < canonical.length; at++) hash = Math.imul(hash ^ canonical.charCodeAt(at), FNV_PRIME);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash & 0x7fffffff;
}

/** The error for an `event_id` that is missing, not a string, or empty. */
export function invalidEventId(value: unknown, index: number | undefined): OrderingInputError {
  if (value === undefined) return new OrderingInputError({ field: "event_id", rule: "required", value, expectation: "required field is missing", index });
  const rule = typeof value === "string" ? "minLength" : "type";
  return new OrderingInputError({ field: "event_id", rule, value, expectation: "expected a non-empty string", index });
}
