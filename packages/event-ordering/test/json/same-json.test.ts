import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../src/index.ts";
import { sameJson } from "../../src/json/same-json.ts";

/** The same JSON value rebuilt with its object keys in reverse order. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse()) Object.defineProperty(copy, key, { value: reordered((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  return copy;
}

function canonicalOrThrown(value: unknown): string {
  try {
    return canonicalJson(value);
  } catch {
    return "<throws>";
  }
}

describe("sameJson", () => {
  it("recognises a JSON value and a copy with its keys reordered (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(sameJson(value, reordered(value))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("answers true only for values with the same canonical JSON, which serialises without error (property)", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withBigInt: true, withBoxedValues: true, withNullPrototype: true, withSparseArray: true }), fc.anything({ maxDepth: 3 }), (a, b) => {
        for (const [x, y] of [[a, b], [a, a], [a, reordered(a)]] as const) {
          if (sameJson(x, y)) {
            expect(canonicalOrThrown(x)).not.toBe("<throws>");
            expect(canonicalOrThrown(x)).toBe(canonicalOrThrown(y));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["toJSON", { toJSON: () => 1 }],
    ["undefined member", { a: undefined }],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["bigint", 1n],
    ["a class instance", new Date(0)],
    ["a boxed string", Object("x")],
    ["a hole", new Array(3)],
    ["a function", () => 1],
  ])("leaves %s to canonical JSON (false even for one reference)", (_, value) => {
    expect(sameJson(value, value)).toBe(false);
  });

  it("is false for different data, and for nesting deeper than it compares", () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 1 })).toBe(false);
    expect(sameJson({ a: 1, c: 1 }, { a: 1, b: 1 })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson({ 0: 1 }, [1])).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson({}, null)).toBe(false);
    expect(sameJson({}, "x")).toBe(false);
    expect(sameJson(Object.create(null), {})).toBe(true);
    let deep: unknown = 1;
    for (let level = 0; level < 40; level++) deep = [deep];
    expect(sameJson(deep, structuredClone(deep))).toBe(false);
  });

  it("is false when reading a member throws (canonical JSON reports it)", () => {
    const hostile = Object.defineProperty({}, "a", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(sameJson(hostile, { a: 1 })).toBe(false);
  });

  it("does not follow cycles", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expect(sameJson(cyclic, cyclic)).toBe(false);
  });
});
