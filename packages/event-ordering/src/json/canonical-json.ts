import { writeCanonicalJson } from "./canonical-json-writer.js";

/**
 * JSON text of `value` with every object's keys sorted by UTF-16 code
 * units, recursively, and no whitespace: two values have the same canonical
 * JSON exactly when they hold the same JSON content. Everything else
 * follows `JSON.stringify`: `toJSON` is honoured, boxed primitives are
 * unwrapped, `undefined`/function/symbol members are omitted from objects
 * and become `null` in arrays, `NaN` and `±Infinity` become `null`. Keys
 * such as `__proto__` are plain keys.
 *
 * @throws OrderingInputError with rule `json` for a bigint, for a value
 *   with no JSON form at the top level (`undefined`, a function, a symbol)
 *   or when a getter or `toJSON` throws, and with rule `acyclic` for a
 *   cycle; `field` is the JSON pointer of the offending member.
 */
export function canonicalJson(value: unknown): string {
  return writeCanonicalJson(value);
}
