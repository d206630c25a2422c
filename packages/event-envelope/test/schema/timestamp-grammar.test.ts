import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TIMESTAMP_REGEX, timestampOffsetStart } from "../../src/index.js";

/** Builds timestamp-like strings near the grammar: every field may be out of range, and one character may be corrupted. */
const nearTimestamp = fc
  .record({
    year: fc.integer({ min: 0, max: 2401 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{0,8}$/), { nil: undefined }),
    separator: fc.constantFrom("T", "T", "T", "t", " "),
    offset: fc.constantFrom("Z", "Z", "z", "", "+00:00", "-00:00", "+05:30", "-08:00", "+23:59", "+24:00", "-05:60", "+0530", "+05:30:00"),
    corruption: fc.option(fc.tuple(fc.nat(), fc.constantFrom("0", "9", "-", ":", ".", "Z", "+", "x", "\u0660")), { nil: undefined }),
  })
  .map(({ year, month, day, hour, minute, second, fraction, separator, offset, corruption }) => {
    const pad = (value: number, width = 2) => String(value).padStart(width, "0");
    const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}${separator}${pad(hour)}:${pad(minute)}:${pad(second)}${fraction === undefined ? "" : `.${fraction}`}${offset}`;
    if (corruption === undefined) return text;
    const [position, character] = corruption;
    const at = position % text.length;
    return text.slice(0, at) + character + text.slice(at + 1);
  });

/** February 28-30 of years that stress the leap-year rule (centuries, year 0, 4-digit edges). */
const februaryEnd = fc
  .tuple(fc.oneof(fc.constantFrom(0, 4, 100, 400, 1900, 2000, 2023, 2024, 2100, 2400, 9996, 9999), fc.integer({ min: 0, max: 9999 })), fc.integer({ min: 28, max: 30 }))
  .map(([year, day]) => `${String(year).padStart(4, "0")}-02-${day}T00:00:00Z`);

describe("the char-code timestamp grammar", () => {
  it("accepts exactly what the envelope's TIMESTAMP_REGEX accepts (near-valid strings)", () => {
    fc.assert(
      fc.property(nearTimestamp, (text) => {
        expect(timestampOffsetStart(text) !== -1).toBe(TIMESTAMP_REGEX.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("accepts exactly what TIMESTAMP_REGEX accepts (end of February)", () => {
    fc.assert(
      fc.property(februaryEnd, (text) => {
        expect(timestampOffsetStart(text) !== -1).toBe(TIMESTAMP_REGEX.test(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("accepts exactly what TIMESTAMP_REGEX accepts (arbitrary strings)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(timestampOffsetStart(text) !== -1).toBe(TIMESTAMP_REGEX.test(text));
      }),
      { numRuns: 2000 },
    );
  });
  it("returns where the offset starts: the length for a naive timestamp", () => {
    expect(timestampOffsetStart("2026-01-15T10:00:00Z")).toBe(19);
    expect(timestampOffsetStart("2026-01-15T10:00:00.5+01:00")).toBe(21);
    expect(timestampOffsetStart("2026-01-15T10:00:00.250")).toBe(23);
    expect(timestampOffsetStart("2026-01-15T10:00:00")).toBe(19);
  });
});
