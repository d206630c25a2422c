import { deepStrictEqual } from "node:assert/strict";

/**
 * Deep equality as the spec means it, via `node:assert`'s deepStrictEqual
 * (prototypes, own keys, values). Vitest's `toStrictEqual` is not usable
 * for reduced states: it compares an own `constructor` property (a valid
 * participant id) as if it were the object's class.
 */
export function expectDeepEqual(actual: unknown, expected: unknown, message?: string): void {
  deepStrictEqual(actual, expected, message);
}
