import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timestampKey } from "../../src/index.ts";
import { timestampRank } from "../../src/key/timestamp-rank.ts";
import { anyTimestampArbitrary } from "../arbitraries.ts";

/** The order of the rendered keys, by code units (the contract). */
function keyOrder(a: string, b: string): number {
  const keyA = timestampKey(a);
  const keyB = timestampKey(b);
  return keyA === keyB ? 0 : keyA < keyB ? -1 : 1;
}

describe("timestampRank", () => {
  it("orders two timestamps as their keys wherever their ranks differ, and ties equal keys (property)", () => {
    fc.assert(
      fc.property(anyTimestampArbitrary, anyTimestampArbitrary, (a, b) => {
        const ranks = Math.sign(timestampRank(a) - timestampRank(b));
        if (ranks !== 0) expect(ranks).toBe(keyOrder(a, b));
        if (keyOrder(a, b) === 0) expect(ranks).toBe(0);
      }),
      { numRuns: 5000 },
    );
  });

  it("is a safe integer up to the last timestamp of year 9999", () => {
    expect(Number.isSafeInteger(timestampRank("9999-12-31T23:59:59.999999-23:59"))).toBe(true);
    expect(timestampRank("0001-01-01T00:00:00")).toBeGreaterThan(0);
  });

  it.each([
    // Wall clocks: one second, one day, the end of a month, one year apart.
    ["2026-01-15T10:00:00Z", "2026-01-15T10:00:01Z"],
    ["2026-01-15T23:59:59.999999Z", "2026-01-16T00:00:00Z"],
    ["2026-02-28T23:59:59Z", "2026-03-01T00:00:00Z"],
    ["2025-12-31T23:59:59.999999+23:59", "2026-01-01T00:00:00-23:59"],
    // A zero fraction (and a naive key) before every non-zero one, fractions by value.
    ["2026-01-15T10:00:00-08:00", "2026-01-15T10:00:00.001Z"],
    ["2026-01-15T10:00:00.000999", "2026-01-15T10:00:00.5"],
    ["2026-01-15T10:00:00.1Z", "2026-01-15T10:00:00.999999Z"],
  ])("ranks %s before %s", (earlier, later) => {
    expect(timestampRank(earlier)).toBeLessThan(timestampRank(later));
    expect(keyOrder(earlier, later)).toBe(-1);
  });

  it.each([
    ["2026-01-15T10:00:00Z", "2026-01-15T10:00:00+05:00"],
    ["2026-01-15T10:00:00", "2026-01-15T10:00:00.000-00:00"],
    ["2026-01-15T10:00:00.000001Z", "2026-01-15T10:00:00.000060Z"],
  ])("ties %s and %s (offsets and microseconds within a bucket are left to the full comparison)", (a, b) => {
    expect(timestampRank(a)).toBe(timestampRank(b));
  });
});
