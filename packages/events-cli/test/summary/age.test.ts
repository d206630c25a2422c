import { describe, expect, it } from "vitest";
import { formatAge, instantOf } from "../../src/summary/age.ts";

describe("formatAge", () => {
  it.each([
    ["2026-03-01T09:00:00Z", "2026-03-01T09:00:42Z", "42s"],
    ["2026-03-01T09:00:00Z", "2026-03-01T09:03:05Z", "3m 05s"],
    ["2026-03-01T09:00:00Z", "2026-03-01T11:10:00Z", "2h 10m"],
    ["2026-03-01T09:00:00Z", "2026-03-04T13:00:00Z", "3d 4h"],
    ["2026-03-01T10:00:00+01:00", "2026-03-01T09:00:01Z", "1s"],
    ["2026-03-01T09:00:01Z", "2026-03-01T09:00:00Z", "-"],
    ["garbage", "2026-03-01T09:00:00Z", "-"],
  ])("%s to %s is %s", (from, at, age) => {
    expect(formatAge(from, at)).toBe(age);
  });

  it("reads a naive timestamp as UTC, whatever the machine's time zone", () => {
    expect(instantOf("2026-03-03T09:12:07.381370")).toBe(Date.UTC(2026, 2, 3, 9, 12, 7, 381));
    expect(instantOf("2026-03-03T09:12:07z")).toBe(Date.UTC(2026, 2, 3, 9, 12, 7));
  });
});
