import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ULID_REGEX } from "../../src/index.js";
import { canonicalUlid, matchedUlid } from "../../src/schema/ulid-scan.js";

/** The reference: the pattern, then `toUpperCase`. */
const reference = (id: string): string | undefined => (ULID_REGEX.test(id) ? id.toUpperCase() : undefined);

/** Code units a ULID is made of, their look-alikes, and a few beyond ASCII. */
const nearUnits = [..."0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyzILOUilou8 -\n\u0000ſ\u0131ｚ😀"];

/** Mostly 26 characters near a ULID's, with a few lengths around it. */
const nearUlid = fc.oneof(
  fc.array(fc.constantFrom(...nearUnits), { minLength: 26, maxLength: 26 }).map((units) => units.join("")),
  fc.array(fc.constantFrom(...nearUnits), { minLength: 24, maxLength: 28 }).map((units) => units.join("")),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

describe("canonicalUlid and matchedUlid", () => {
  it("accept exactly what ULID_PATTERN accepts and give the upper-case id, or the id as given", () => {
    fc.assert(
      fc.property(nearUlid, (id) => {
        expect(canonicalUlid(id)).toBe(reference(id));
        expect(matchedUlid(id)).toBe(ULID_REGEX.test(id) ? id : undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it("returns a canonical id as is and upper-cases one with lower case", () => {
    const canonical = "01HQ8ZQ0X6W8T3K9V5R2M4N7PA";
    expect(canonicalUlid(canonical)).toBe(canonical);
    expect(canonicalUlid("01hq8zq0x6w8t3k9v5r2m4n7pa")).toBe(canonical);
    expect(matchedUlid("01hq8zq0x6w8t3k9v5r2m4n7pa")).toBe("01hq8zq0x6w8t3k9v5r2m4n7pa");
    expect(canonicalUlid("7ZZZZZZZZZZZZZZZZZZZZZZZZZ")).toBe("7ZZZZZZZZZZZZZZZZZZZZZZZZZ");
    expect(canonicalUlid("8ZZZZZZZZZZZZZZZZZZZZZZZZZ")).toBeUndefined();
    expect(canonicalUlid("01HQ8ZQ0X6W8T3K9V5R2M4N7Pl")).toBeUndefined();
    expect(canonicalUlid("01HQ8ZQ0X6W8T3K9V5R2M4N7Pſ")).toBeUndefined();
    expect(canonicalUlid("01HQ8ZQ0X6W8T3K9V5R2M4N7P")).toBeUndefined();
  });
});
