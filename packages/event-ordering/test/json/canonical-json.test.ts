import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../src/index.ts";
import { writeCanonicalJson } from "../../src/json/canonical-json-writer.ts";
import { thrown } from "../thrown.ts";

/** Sorts keys recursively by code units, then lets JSON.stringify write it: the reference. */
function reference(value: unknown): string {
  // Object.fromEntries would reorder integer-like keys, so write objects by hand instead.
  const write = (input: unknown): string => {
    if (Array.isArray(input)) return `[${input.map((item) => (item === undefined ? "null" : write(item))).join(",")}]`;
    if (typeof input !== "object" || input === null) return JSON.stringify(input);
    const keys = Object.keys(input).sort();
    const members = keys.filter((key) => (input as Record<string, unknown>)[key] !== undefined).map((key) => `${JSON.stringify(key)}:${write((input as Record<string, unknown>)[key])}`);
    return `{${members.join(",")}}`;
  };
  return write(value);
}

describe("canonicalJson", () => {
  it("sorts keys by UTF-16 code units, recursively, without whitespace", () => {
    expect(canonicalJson({ b: 1, a: [{ d: true, c: null }], "10": "x", "2": "y", Z: "upper", é: 1, "😀": 2, "\uffff": 3 })).toBe(
      '{"10":"x","2":"y","Z":"upper","a":[{"c":null,"d":true}],"b":1,"é":1,"😀":2,"\uffff":3}',
    );
  });

  it("treats __proto__, constructor and toString as plain keys", () => {
    const value = JSON.parse('{"__proto__":{"polluted":true},"constructor":1,"toString":2}');
    expect(canonicalJson(value)).toBe('{"__proto__":{"polluted":true},"constructor":1,"toString":2}');
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("follows JSON.stringify for values without a JSON form", () => {
    const symbol = Symbol("s");
    expect(canonicalJson({ a: undefined, b: () => 1, c: symbol, [symbol]: 1, d: 1 })).toBe('{"d":1}');
    expect(canonicalJson([undefined, () => 1, symbol, Number.NaN, Number.POSITIVE_INFINITY, -0])).toBe("[null,null,null,null,null,0]");
    expect(canonicalJson({ n: Number.NEGATIVE_INFINITY, big: 1e21, small: 1e-7 })).toBe('{"big":1e+21,"n":null,"small":1e-7}');
  });

  it("honours toJSON (with the member key) and unwraps boxed primitives", () => {
    const keys: string[] = [];
    const value = {
      at: new Date(Date.UTC(2026, 0, 15)),
      custom: {
        toJSON(key: string) {
          keys.push(key);
          return { z: 1, a: 2 };
        },
      },
      boxed: [Object(1), Object("s"), Object(false)],
    };
    expect(canonicalJson(value)).toBe('{"at":"2026-01-15T00:00:00.000Z","boxed":[1,"s",false],"custom":{"a":2,"z":1}}');
    expect(keys).toEqual(["custom"]);
  });

  it("writes strings like JSON.stringify, lone surrogates included", () => {
    const text = 'quote " backslash \\ newline \n tab \t nul \u0000 lone \ud800 emoji 😀';
    expect(canonicalJson(text)).toBe(JSON.stringify(text));
  });

  it("accepts the same object twice when it is not a cycle", () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared, shared] })).toBe('{"a":{"x":1},"b":[{"x":1},{"x":1}]}');
  });

  it("matches a reference (sorted keys + JSON.stringify) on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });

  it("is equal for values with the same content whatever the key order", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
      }),
    );
  });

  it.each([
    ["a bigint member", { payload: { amount: 10n } }, "/payload/amount", "json"],
    ["a boxed bigint", [Object(1n)], "/0", "json"],
    ["a top-level bigint", 1n, "(root)", "json"],
    ["a top-level undefined", undefined, "(root)", "json"],
    ["a top-level function", () => 1, "(root)", "json"],
    ["a key needing pointer escapes", { "a/b": { "c~d": 2n } }, "/a~1b/c~0d", "json"],
  ])("rejects %s", (_name, value, field, rule) => {
    const error = thrown(() => canonicalJson(value));
    expect(error).toMatchObject({ code: "ORDERING_INPUT", field, rule, index: undefined });
  });

  it("rejects cycles through objects and arrays with rule acyclic", () => {
    const object: Record<string, unknown> = { a: 1 };
    object["self"] = { back: object };
    expect(thrown(() => canonicalJson(object))).toMatchObject({ field: "/self/back", rule: "acyclic" });
    const array: unknown[] = [1];
    array.push([array]);
    expect(thrown(() => canonicalJson(array))).toMatchObject({ field: "/1/0", rule: "acyclic" });
  });

  it("wraps a throwing getter or toJSON, keeping the cause", () => {
    const failure = new TypeError("boom");
    const getter = {
      get broken(): unknown {
        throw failure;
      },
    };
    const error = thrown(() => canonicalJson({ outer: getter }));
    expect(error).toMatchObject({ field: "/outer/broken", rule: "json", cause: failure });
    expect(thrown(() => canonicalJson({ toJSON: () => Symbol("x") }))).toMatchObject({ field: "(root)", rule: "json" });
  });

  it("turns nesting too deep for the stack into an OrderingInputError", () => {
    let deep: unknown = 0;
    for (let depth = 0; depth < 200_000; depth++) deep = [deep];
    expect(thrown(() => canonicalJson(deep))).toMatchObject({ rule: "json", code: "ORDERING_INPUT" });
  });

  it("names the event index when it serialises an event", () => {
    const error = thrown(() => writeCanonicalJson({ payload: { n: 1n } }, 4));
    expect(error).toMatchObject({ index: 4, field: "/payload/n" });
    expect(error.message).toMatch(/^events\[4\]\/payload\/n: /);
    expect(thrown(() => writeCanonicalJson(undefined, 2)).message).toMatch(/^events\[2\]: /);
  });
});
