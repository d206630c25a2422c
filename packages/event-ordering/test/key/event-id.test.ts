import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalEventId, eventIdHash } from "../../src/key/event-id.ts";

/** Ids mixing ASCII of both cases with code units whose upper case differs or changes length. */
const idArbitrary = fc
  .array(fc.constantFrom("a", "A", "z", "0", "_", "{", "~", "ß", "ı", "é", "É", "ŉ", "ﬃ", "Σ", "σ", "😀", "\u00b5"), { minLength: 1, maxLength: 30 })
  .map((units) => units.join(""));

describe("canonicalEventId", () => {
  it.each([
    ["01HQ8ZQ0X6W8T3K9V5R2M4N7PA", "01HQ8ZQ0X6W8T3K9V5R2M4N7PA"],
    ["01hq8zq0x6w8t3k9v5r2m4n7pa", "01HQ8ZQ0X6W8T3K9V5R2M4N7PA"],
    ["evt_{1}~", "EVT_{1}~"],
    ["straße", "STRASSE"],
  ])("%s → %s", (id, canonical) => {
    expect(canonicalEventId(id)).toBe(canonical);
  });

  it("is toUpperCase() (property)", () => {
    fc.assert(fc.property(fc.oneof(idArbitrary, fc.string()), (id) => {
        expect(canonicalEventId(id)).toBe(id.toUpperCase());
      }),
    );
  });

  it("returns an already canonical id itself", () => {
    const id = "01HQ8ZQ0X6W8T3K9V5R2M4N7PA_{}";
    expect(canonicalEventId(id)).toBe(id);
  });
});

describe("eventIdHash", () => {
  it("is a non-negative 31-bit integer", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        const hash = eventIdHash(id);
        expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 31).toBe(true);
      }),
    );
  });

  it("is equal for ids with the same canonical form", () => {
    fc.assert(
      fc.property(idArbitrary, (id) => {
        expect(eventIdHash(id)).toBe(eventIdHash(canonicalEventId(id)));
        expect(eventIdHash(id.toLowerCase())).toBe(eventIdHash(canonicalEventId(id.toLowerCase())));
      }),
      { numRuns: 1000 },
    );
  });

  it("hashes case variants equally whatever the length", () => {
    for (const id of ["a", "ab", "abcdefgh", "abcdefghi", "straße-0123456789-straße", "ﬃ-middle-ß-unchanged-ends"]) {
      expect(eventIdHash(id)).toBe(eventIdHash(id.toUpperCase()));
    }
  });

  it("tells typical ids apart", () => {
    const ids = ["01HQ8ZQ0X6W8T3K9V5R2M4N7PA", "01HQ8ZQ0X6W8T3K9V5R2M4N7PB", "evt-1", "evt-2", "evt-10"];
    expect(new Set(ids.map(eventIdHash)).size).toBe(ids.length);
  });
});
