import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stableJson } from "../../src/output/stable-json.ts";

/**
 * The plain reference: a deep copy whose objects are built in sorted key
 * order (so JavaScript's own key order puts array-index keys first), then
 * `JSON.stringify` with two-space indentation.
 */
function referenceJson(value: unknown): string {
  const sorted = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sorted);
    if (item === null || typeof item !== "object") return item;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) {
      Object.defineProperty(copy, key, { value: sorted((item as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  };
  return `${JSON.stringify(sorted(value), null, 2)}\n`;
}

/** Keys that sort differently as text and as JavaScript lists them (array indices first). */
const trickyKey = fc.constantFrom("0", "1", "10", "9", "01", "-1", "1.5", "4294967294", "4294967295", "99999999999", "a", "B", "", "__proto__", "é", "\u{1F600}");
const trickyJson = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(fc.oneof(trickyKey, fc.string()), tie("value"), { maxKeys: 6 })),
})).value;

describe("stableJson", () => {
  it("sorts keys at every level, keeps arrays in order, indents by two", () => {
    expect(stableJson({ b: 1, a: [{ d: 1, c: 2 }, 3] })).toBe('{\n  "a": [\n    {\n      "c": 2,\n      "d": 1\n    },\n    3\n  ],\n  "b": 1\n}\n');
  });

  it("keeps keys such as __proto__ as plain data", () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "constructor": 2}');
    expect(JSON.parse(stableJson(value))).toEqual(value);
    expect(stableJson(value)).toBe('{\n  "__proto__": {\n    "x": 1\n  },\n  "constructor": 2\n}\n');
  });

  it("prints what the plain reference (sorted copy, then JSON.stringify) prints", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), trickyJson), (value) => {
        expect(stableJson(value)).toBe(referenceJson(value));
      }),
      { numRuns: 500 },
    );
    expect(stableJson({ a: undefined, b: [undefined, () => 1], c: {} })).toBe(referenceJson({ a: undefined, b: [undefined, () => 1], c: {} }));
    expect(stableJson({ only: undefined })).toBe("{}\n");
  });

  it("prints the same text for maps filled in any order", () => {
    expect(stableJson({ x: 1, y: 2 })).toBe(stableJson({ y: 2, x: 1 }));
    expect(stableJson(null)).toBe("null\n");
  });
});

describe("compareStrings", () => {
  it("orders by code units", async () => {
    const { compareStrings } = await import("../../src/output/compare-strings.ts");
    expect(["b", "a", "B", "a"].sort(compareStrings)).toEqual(["B", "a", "a", "b"]);
    expect(compareStrings("x", "x")).toBe(0);
  });
});

describe("writeStableJson", () => {
  it("writes exactly stableJson's text, in chunks, whatever the streamed depth", async () => {
    const { PassThrough } = await import("node:stream");
    const { writeStableJson } = await import("../../src/output/stable-json.ts");
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), async (value, levels) => {
        const stream = new PassThrough();
        let text = "";
        stream.on("data", (chunk) => {
          text += chunk;
        });
        await writeStableJson(stream, value, levels);
        expect(text).toBe(stableJson(value));
      }),
      { numRuns: 300 },
    );
  });

  it("waits for a slow stream to drain", async () => {
    const { Writable } = await import("node:stream");
    const { writeStableJson } = await import("../../src/output/stable-json.ts");
    let text = "";
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk, _encoding, callback) {
        text += chunk;
        setImmediate(callback);
      },
    });
    const big = { entries: Array.from({ length: 30_000 }, (_, at) => ({ at, text: "x".repeat(40) })) };
    await writeStableJson(slow, big, 2);
    expect(text).toBe(stableJson(big));
  });
});
