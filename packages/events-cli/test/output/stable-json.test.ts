import { describe, expect, it } from "vitest";
import { stableJson } from "../../src/output/stable-json.ts";

describe("stableJson", () => {
  it("sorts keys at every level, keeps arrays in order, indents by two", () => {
    expect(stableJson({ b: 1, a: [{ d: 1, c: 2 }, 3] })).toBe('{\n  "a": [\n    {\n      "c": 2,\n      "d": 1\n    },\n    3\n  ],\n  "b": 1\n}\n');
  });

  it("keeps keys such as __proto__ as plain data", () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "constructor": 2}');
    expect(JSON.parse(stableJson(value))).toEqual(value);
    expect(stableJson(value)).toBe('{\n  "__proto__": {\n    "x": 1\n  },\n  "constructor": 2\n}\n');
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
