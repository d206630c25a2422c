/** Deeper nesting is left to canonical JSON (which also detects cycles). */
const MAX_DEPTH = 32;

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * True when `a` and `b` are certainly the same plain JSON data (strings,
 * finite numbers, booleans, null, arrays and plain objects, keys in any
 * order), so their canonical JSON is the same; false when that cannot be
 * told without writing it (different data, or anything JSON.stringify
 * would transform, omit or reject: `toJSON`, `undefined`, non-finite
 * numbers, bigints, class instances, holes, deep nesting).
 *
 * Exact copies of one event (the usual duplicate) are compared this way
 * without serialising them; a false answer only costs the serialisation.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  try {
    return same(a, b, 0);
  } catch {
    // A throwing getter or proxy trap: canonical JSON reports it.
    return false;
  }
}

function same(a: unknown, b: unknown, depth: number): boolean {
  switch (typeof a) {
    case "string":
    case "boolean":
      return a === b;
    case "number":
      return a === b && Number.isFinite(a);
    case "object":
      break;
    default:
      return false;
  }
  if (a === null) return b === null;
  if (typeof b !== "object" || b === null || depth >= MAX_DEPTH) return false;
  if (Array.isArray(a)) return Array.isArray(b) && sameArray(a, b, depth);
  return !Array.isArray(b) && isPlainObject(a) && isPlainObject(b) && sameObject(a as Record<string, unknown>, b as Record<string, unknown>, depth);
}

function sameArray(a: readonly unknown[], b: readonly unknown[], depth: number): boolean {
  if (a.length !== b.length || Object.getPrototypeOf(a) !== Array.prototype || Object.getPrototypeOf(b) !== Array.prototype) return false;
  for (let at = 0; at < a.length; at++) if (!(at in a) || !same(a[at], b[at], depth + 1)) return false;
  return true;
}

function sameObject(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>, depth: number): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.hasOwn(b, key) || !same(a[key], b[key], depth + 1)) return false;
  return true;
}
