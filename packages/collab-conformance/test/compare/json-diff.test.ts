import { describe, expect, it } from "vitest";
import { formatDifferences, jsonDiff } from "../../src/compare/json-diff.js";

describe("jsonDiff", () => {
  it("finds nothing between equal values, whatever the key order", () => {
    expect(jsonDiff({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toEqual([]);
  });

  it("names every differing, missing and unexpected value by JSON pointer (escaped)", () => {
    const differences = jsonDiff({ a: 1, "x/y": { "t~": "z" }, list: [1, 2], gone: true }, { a: 2, "x/y": { "t~": "w" }, list: [1], extra: null });
    expect(differences).toEqual([
      { path: "/a", expected: 1, actual: 2 },
      { path: "/extra", expected: undefined, actual: null },
      { path: "/gone", expected: true, actual: undefined },
      { path: "/list/1", expected: 2, actual: undefined },
      { path: "/x~1y/t~0", expected: "z", actual: "w" },
    ]);
  });

  it("reports a change of kind at its path", () => {
    expect(jsonDiff([1], { 0: 1 })).toEqual([{ path: "", expected: [1], actual: { 0: 1 } }]);
    expect(jsonDiff({ a: [] }, { a: "[]" })).toEqual([{ path: "/a", expected: [], actual: "[]" }]);
    expect(jsonDiff(0, -0)).toHaveLength(1);
  });
});

describe("formatDifferences", () => {
  it("writes one readable line per difference", () => {
    const text = formatDifferences([
      { path: "/a", expected: 1, actual: 2 },
      { path: "/b", expected: { x: 1 }, actual: undefined },
      { path: "/c", expected: undefined, actual: [1] },
      { path: "", expected: "x".repeat(200), actual: null },
    ]);
    const lines = text.split("\n");
    expect(lines.slice(0, 3)).toEqual(["  /a: expected 1, got 2", '  /b: missing, expected {"x":1}', "  /c: unexpected [1]"]);
    expect(lines[3]).toMatch(/^ {2}\(root\): expected "x{156}\.\.\., got null$/);
  });
});
