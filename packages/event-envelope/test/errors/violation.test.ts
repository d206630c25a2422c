import { describe, expect, it } from "vitest";
import { describeValue, escapePointerSegment, formatViolations } from "../../src/index.js";

describe("describeValue", () => {
  it.each([
    [undefined, "undefined"],
    [null, "null"],
    ["x", '"x"'],
    [12, "12"],
    [10n, "10n"],
    [() => 1, "function"],
    [Symbol("s"), "symbol"],
    [{ a: [1] }, '{"a":[1]}'],
  ])("renders %s", (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it("truncates long values and survives cycles", () => {
    expect(describeValue("x".repeat(500))).toHaveLength(120);
    const cycle: Record<string, unknown> = {};
    cycle["self"] = cycle;
    expect(describeValue(cycle)).toBe("[object Object]");
    expect(describeValue({ toJSON: () => Symbol("x") })).toBe("[object Object]");
    expect(describeValue({ toJSON: () => undefined })).toBe("[object Object]");
  });
});

describe("JSON pointers and formatting", () => {
  it("escapes ~ and / in pointer segments", () => {
    expect(escapePointerSegment("a/b~c")).toBe("a~1b~0c");
  });

  it("formats one line per violation", () => {
    const text = formatViolations([
      { path: "/a", rule: "type", value: 1, message: "first" },
      { path: "/b", rule: "type", value: 2, message: "second" },
    ]);
    expect(text).toBe("  - first\n  - second");
  });
});
