import { describe, expect, it } from "vitest";
import { compareJson, toPlainJson } from "../../src/index.js";

describe("compareJson", () => {
  it("is empty for deep-equal plain JSON (key order ignored, frozen and undefined fields normalised)", () => {
    expect(compareJson({ a: 1, b: [1, { c: null }] }, Object.freeze({ b: [1, { c: null, d: undefined }], a: 1 }))).toEqual([]);
    expect(compareJson(3, 3)).toEqual([]);
    expect(toPlainJson(undefined)).toBeUndefined();
  });

  it("lists each difference as a JSON pointer line", () => {
    expect(compareJson({ a: 1, b: [1, 2], "x/y": 1, gone: true }, { a: 2, b: [1], "x/y": 1, extra: "z" })).toEqual([
      "  /a: expected 1, got 2",
      "  /b/1: missing, expected 2",
      "  /gone: missing, expected true",
      '  /extra: unexpected "z"',
    ]);
    expect(compareJson({ "a/b~": 1 }, { "a/b~": 2 })).toEqual(["  /a~1b~0: expected 1, got 2"]);
    expect(compareJson("x".repeat(200), 1)[0]).toMatch(/^ {2}\(root\): expected "x{156}\.\.\., got 1$/);
    expect(compareJson({ a: 1 }, null)).toEqual(["  (root): expected {\"a\":1}, got null"]);
    expect(compareJson({ a: 1 }, undefined)).toEqual(["  (root): expected {\"a\":1}, got undefined"]);
  });

  it("matches an expected reason_prefix against the start of the actual reason", () => {
    const expected = { anomalies: [{ event_id: null, reason_prefix: "invalid envelope" }] };
    expect(compareJson(expected, { anomalies: [{ event_id: null, reason: "invalid envelope: /event_id: ..." }] })).toEqual([]);
    expect(compareJson(expected, { anomalies: [{ event_id: null, reason: "Invalid envelope" }] })).toEqual([
      '  /anomalies/0/reason_prefix: missing, expected "invalid envelope"',
      '  /anomalies/0/reason: unexpected "Invalid envelope"',
    ]);
    // A fixture that gives the whole reason is compared exactly.
    expect(compareJson({ r: [{ reason: "a", reason_prefix: "a" }] }, { r: [{ reason: "ab" }] })).toHaveLength(2);
  });
});
