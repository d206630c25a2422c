import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNaiveTimestamp, isTimestamp, isUlid, OFFSET_TIMESTAMP_REGEX, SEMVER_PATTERN, UUID_REGEX } from "../../src/index.js";

describe("timestamp pattern", () => {
  it.each([
    "2026-01-15T10:00:00Z",
    "2026-01-15T10:00:00+00:00",
    "2026-01-15T10:00:00-00:00",
    "2026-01-15T10:00:00.5Z",
    "2026-01-15T10:00:00.123456+05:30",
    "2026-12-31T23:59:59-08:00",
    "2024-02-29T00:00:00Z",
    "2000-02-29T00:00:00Z",
    "2026-04-30T00:00:00Z",
    "0001-01-01T00:00:00+23:59",
  ])("accepts %s, with its offset", (value) => {
    expect(isTimestamp(value)).toBe(true);
    expect(OFFSET_TIMESTAMP_REGEX.test(value)).toBe(true);
    expect(isNaiveTimestamp(value)).toBe(false);
  });

  it.each(["2026-01-15T10:00:00", "2026-03-03T09:12:07.381370", "2026-01-15T10:00:00.5", "2024-02-29T23:59:59.000000", "0001-01-01T00:00:00"])(
    "accepts %s without an offset, as naive",
    (value) => {
      expect(isTimestamp(value)).toBe(true);
      expect(isNaiveTimestamp(value)).toBe(true);
      expect(OFFSET_TIMESTAMP_REGEX.test(value)).toBe(false);
    },
  );

  it.each([
    ["no seconds", "2026-01-15T10:00"],
    ["7 fractional digits without offset", "2026-01-15T10:00:00.1234567"],
    ["empty fraction without offset", "2026-01-15T10:00:00."],
    ["February 30 without offset", "2024-02-30T10:00:00"],
    ["a trailing sign", "2026-01-15T10:00:00+"],
    ["7 fractional digits", "2026-01-15T10:00:00.1234567Z"],
    ["empty fraction", "2026-01-15T10:00:00.Z"],
    ["lower-case t", "2026-01-15t10:00:00Z"],
    ["lower-case z", "2026-01-15T10:00:00z"],
    ["space separator", "2026-01-15 10:00:00Z"],
    ["month 13", "2026-13-01T10:00:00Z"],
    ["day 32", "2026-01-32T10:00:00Z"],
    ["April 31", "2026-04-31T10:00:00Z"],
    ["February 30", "2024-02-30T10:00:00Z"],
    ["February 29 in a common year", "2026-02-29T10:00:00Z"],
    ["February 29 in 1900", "1900-02-29T10:00:00Z"],
    ["year 0", "0000-01-01T00:00:00Z"],
    ["hour 24", "2026-01-15T24:00:00Z"],
    ["leap second", "2026-01-15T10:00:60Z"],
    ["offset hour 24", "2026-01-15T10:00:00+24:00"],
    ["offset without colon", "2026-01-15T10:00:00+0100"],
    ["date only", "2026-01-15"],
  ])("rejects %s", (_rule, value) => {
    expect(isTimestamp(value)).toBe(false);
    expect(isNaiveTimestamp(value)).toBe(false);
  });

  it("rejects non-strings", () => {
    expect(isTimestamp(1_700_000_000)).toBe(false);
    expect(isNaiveTimestamp(null)).toBe(false);
  });
});

describe("id patterns", () => {
  it("accepts ULIDs in either case and rejects I, L, O, U and a first character above 7", () => {
    expect(isUlid("01HQ8ZQ0X6W8T3K9V5R2M4N7PA")).toBe(true);
    expect(isUlid("01hq8zq0x6w8t3k9v5r2m4n7pa")).toBe(true);
    expect(isUlid("81HQ8ZQ0X6W8T3K9V5R2M4N7PA")).toBe(false);
    expect(isUlid("01HQ8ZQ0X6W8T3K9V5R2M4N7PI")).toBe(false);
    expect(isUlid("01HQ8ZQ0X6W8T3K9V5R2M4N7P")).toBe(false);
    expect(isUlid(42)).toBe(false);
  });

  it("accepts UUIDs in either case and plain semver", () => {
    expect(UUID_REGEX.test("6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b")).toBe(true);
    expect(UUID_REGEX.test("6F1C9E2A-3B4D-4E5F-8A9B-0C1D2E3F4A5B")).toBe(true);
    expect(UUID_REGEX.test("6f1c9e2a3b4d4e5f8a9b0c1d2e3f4a5b")).toBe(false);
    expect(new RegExp(SEMVER_PATTERN).test("1.0.0")).toBe(true);
    expect(new RegExp(SEMVER_PATTERN).test("1.0")).toBe(false);
  });
});

describe("timestamp calendar", () => {
  const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysIn = (year: number, month: number) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  const pad = (value: number, width: number) => String(value).padStart(width, "0");

  it("accepts a date exactly when it exists in the proleptic Gregorian calendar", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T12:00:00Z`;
        expect(isTimestamp(text)).toBe(day <= daysIn(year, month));
      }),
      { numRuns: 2000 },
    );
    for (const year of [1600, 1700, 1800, 1900, 2000, 2100, 2400, 4, 100, 400]) {
      expect(isTimestamp(`${pad(year, 4)}-02-29T00:00:00Z`)).toBe(isLeap(year));
    }
  });
});
