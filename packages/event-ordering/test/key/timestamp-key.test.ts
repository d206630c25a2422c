import { TIMESTAMP_REGEX } from "@sk/event-envelope";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrderingInputError, timestampKey } from "../../src/index.ts";
import { compareTimestampKeys } from "../../src/key/timestamp-compare.ts";
import { anyTimestampArbitrary as anyTimestamp, validTimestampArbitrary } from "../arbitraries.ts";

describe("timestampKey", () => {
  it.each([
    ["2026-01-15T10:00:00Z", "2026-01-15T10:00:00+00:00"],
    ["2026-01-15T10:00:00+00:00", "2026-01-15T10:00:00+00:00"],
    ["2026-01-15T10:00:00-00:00", "2026-01-15T10:00:00+00:00"],
    ["2026-01-15T10:00:00+05:30", "2026-01-15T10:00:00+05:30"],
    ["2026-01-15T10:00:00-08:00", "2026-01-15T10:00:00-08:00"],
    ["2026-01-15T10:00:00.5Z", "2026-01-15T10:00:00.500000+00:00"],
    ["2026-01-15T10:00:00.12Z", "2026-01-15T10:00:00.120000+00:00"],
    ["2026-01-15T10:00:00.123Z", "2026-01-15T10:00:00.123000+00:00"],
    ["2026-01-15T10:00:00.1234+05:30", "2026-01-15T10:00:00.123400+05:30"],
    ["2026-01-15T10:00:00.12345-00:00", "2026-01-15T10:00:00.123450+00:00"],
    ["2026-01-15T10:00:00.123456-08:00", "2026-01-15T10:00:00.123456-08:00"],
    ["2026-01-15T10:00:00.000001Z", "2026-01-15T10:00:00.000001+00:00"],
    ["2026-01-15T10:00:00.0Z", "2026-01-15T10:00:00+00:00"],
    ["2026-01-15T10:00:00.000Z", "2026-01-15T10:00:00+00:00"],
    ["2026-01-15T10:00:00.000000+02:00", "2026-01-15T10:00:00+02:00"],
    ["2024-02-29T23:59:59.999999+23:59", "2024-02-29T23:59:59.999999+23:59"],
    ["2000-02-29T00:00:00Z", "2000-02-29T00:00:00+00:00"],
    ["0001-01-01T00:00:00-23:59", "0001-01-01T00:00:00-23:59"],
    // Naive (no offset): the key has no offset either.
    ["2026-01-15T10:00:00", "2026-01-15T10:00:00"],
    ["2026-01-15T10:00:00.250", "2026-01-15T10:00:00.250000"],
    ["2026-03-03T09:12:07.381370", "2026-03-03T09:12:07.381370"],
    ["2026-01-15T10:00:00.000000", "2026-01-15T10:00:00"],
    ["2026-01-15T10:00:00.0", "2026-01-15T10:00:00"],
    ["2026-01-15T10:00:00.000001", "2026-01-15T10:00:00.000001"],
    ["2024-02-29T23:59:59.9", "2024-02-29T23:59:59.900000"],
  ])("%s → %s (Python datetime.isoformat)", (input, expected) => {
    expect(timestampKey(input)).toBe(expected);
  });

  it.each([
    ["no seconds", "2026-01-15T10:00"],
    ["7 fractional digits", "2026-01-15T10:00:00.1234567Z"],
    ["7 fractional digits, naive", "2026-01-15T10:00:00.1234567"],
    ["a dot without digits, naive", "2026-01-15T10:00:00."],
    ["a sign without offset", "2026-01-15T10:00:00+"],
    ["February 30, naive", "2024-02-30T10:00:00"],
    ["a dot without digits", "2026-01-15T10:00:00.Z"],
    ["month 13", "2026-13-15T10:00:00Z"],
    ["month 00", "2026-00-15T10:00:00Z"],
    ["day 00", "2026-01-00T10:00:00Z"],
    ["April 31", "2026-04-31T10:00:00Z"],
    ["February 29 of a non-leap year", "2023-02-29T10:00:00Z"],
    ["February 29 of a century not divisible by 400", "1900-02-29T10:00:00Z"],
    ["year 0000", "0000-01-01T00:00:00Z"],
    ["hour 24", "2026-01-15T24:00:00Z"],
    ["minute 60", "2026-01-15T10:60:00Z"],
    ["a leap second", "2026-01-15T10:00:60Z"],
    ["lower-case t", "2026-01-15t10:00:00Z"],
    ["lower-case z", "2026-01-15T10:00:00z"],
    ["a space instead of T", "2026-01-15 10:00:00Z"],
    ["an offset without colon", "2026-01-15T10:00:00+0530"],
    ["an offset hour 24", "2026-01-15T10:00:00+24:00"],
    ["an offset minute 60", "2026-01-15T10:00:00+05:60"],
    ["an offset with seconds", "2026-01-15T10:00:00+05:30:00"],
    ["a trailing character", "2026-01-15T10:00:00Zx"],
    ["one-digit month", "2026-1-15T10:00:00Z"],
    ["non-ASCII digits", "２026-01-15T10:00:00Z"],
    ["empty", ""],
  ])("rejects %s with rule pattern", (_name, input) => {
    expect(() => timestampKey(input)).toThrow(OrderingInputError);
    try {
      timestampKey(input);
    } catch (error) {
      expect(error).toMatchObject({ code: "ORDERING_INPUT", field: "timestamp", rule: "pattern", value: input, index: undefined });
    }
  });

  it.each([[undefined], [null], [1_737_000_000_000], [new Date(0)], [["2026-01-15T10:00:00Z"]]])("rejects the non-string %j with rule type", (input) => {
    expect(() => timestampKey(input as unknown as string)).toThrow(expect.objectContaining({ field: "timestamp", rule: "type", value: input }));
  });
});


/** An independent, regex-based rendering of Python's isoformat, to check the char-code one against. */
function referenceKey(timestamp: string): string {
  const match = /^(.{19})(?:\.(\d+))?(Z|[+-]\d\d:\d\d)?$/.exec(timestamp)!;
  const [, seconds, fraction = "", offset = ""] = match;
  const micro = Number(fraction) === 0 ? "" : `.${fraction.padEnd(6, "0")}`;
  return seconds + micro + (offset === "Z" || offset === "-00:00" ? "+00:00" : offset);
}

describe("the timestamp key of every valid timestamp", () => {
  it("renders every valid timestamp like the reference rendering", () => {
    fc.assert(
      fc.property(validTimestampArbitrary, (text) => {
        expect(TIMESTAMP_REGEX.test(text)).toBe(true);
        expect(timestampKey(text)).toBe(referenceKey(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("compareTimestampKeys", () => {

  it("orders like comparing the rendered keys by code units", () => {
    fc.assert(
      fc.property(anyTimestamp, anyTimestamp, (a, b) => {
        const keyA = timestampKey(a);
        const keyB = timestampKey(b);
        expect(compareTimestampKeys(a, b)).toBe(keyA === keyB ? 0 : keyA < keyB ? -1 : 1);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["2026-01-15T10:00:00Z", "2026-01-15T10:00:00.000-00:00", 0],
    ["2026-01-15T10:00:00.5Z", "2026-01-15T10:00:00.500000+00:00", 0],
    ["2026-01-15T10:00:00Z", "2026-01-15T10:00:00.000001Z", -1],
    ["2026-01-15T10:00:00+02:00", "2026-01-15T10:00:00Z", 1],
    ["2026-01-15T10:00:00-08:00", "2026-01-15T10:00:00Z", 1],
    ["2026-01-15T09:00:00-08:00", "2026-01-15T10:00:00Z", -1],
    // Same length, both `Z` (compared as strings): an all-zero fraction is dropped from its key.
    ["2026-01-15T10:00:00.000Z", "2026-01-15T10:00:00.001Z", -1],
    ["2026-01-15T10:00:00.000Z", "2026-01-15T10:00:00.000Z", 0],
    ["2026-01-15T10:00:01.000Z", "2026-01-15T10:00:00.999Z", 1],
    ["2026-01-15T10:00:00.10Z", "2026-01-15T10:00:00.09Z", 1],
    // Naive: a prefix of the same wall clock with an offset, so it sorts first.
    ["2026-01-15T10:00:00", "2026-01-15T10:00:00Z", -1],
    ["2026-01-15T10:00:00", "2026-01-15T10:00:00-08:00", -1],
    ["2026-01-15T10:00:00.5", "2026-01-15T10:00:00.5Z", -1],
    ["2026-01-15T10:00:00.5", "2026-01-15T10:00:00.500000", 0],
    ["2026-01-15T10:00:00", "2026-01-15T10:00:00.000", 0],
    ["2026-01-15T10:00:00", "2026-01-15T10:00:00.000001", -1],
    ["2026-01-15T10:00:00.000001", "2026-01-15T10:00:00Z", 1],
    ["2026-01-15T10:00:01", "2026-01-15T10:00:00+05:00", 1],
    ["2026-01-15T10:00:00.5", "2026-01-15T10:00:00.5+01:00", -1],
  ])("%s vs %s → %i", (a, b, expected) => {
    expect(compareTimestampKeys(a, b)).toBe(expected);
    expect(compareTimestampKeys(b, a)).toBe(-expected || 0);
  });
});
