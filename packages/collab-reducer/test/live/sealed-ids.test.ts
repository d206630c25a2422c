import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SealedIds } from "../../src/live/sealed-ids.ts";

/** Ids from a small alphabet, so that runs, repeats and out-of-order ids all occur. */
const id = fc.string({ unit: fc.constantFrom("0", "1", "2", "A", "B"), minLength: 1, maxLength: 3 });
const PROBES = ["0", "1", "A", "B", "00", "0A", "1B", "B2", "AAA", "222"];

describe("SealedIds", () => {
  it("answers like a Set, and `SealedIds.of(toArray())` rebuilds the same record (how a snapshot's sealed ids come back) (500 runs)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 40 }), (added) => {
        const record = new SealedIds();
        for (const key of added) record.add(key);
        const reference = new Set(added);
        for (const probe of [...PROBES, ...added]) expect(record.has(probe)).toBe(reference.has(probe));
        const ids = record.toArray();
        expect(new Set(ids)).toStrictEqual(reference);
        const rebuilt = SealedIds.of(ids);
        expect(rebuilt.toArray()).toStrictEqual(ids);
        for (const probe of [...PROBES, ...added]) expect(rebuilt.has(probe)).toBe(reference.has(probe));
        // Ids added afterwards land in the same place in both.
        for (const key of ["1", "AB", "B22", "ZZ"]) {
          if (reference.has(key)) continue;
          record.add(key);
          rebuilt.add(key);
        }
        expect(rebuilt.toArray()).toStrictEqual(record.toArray());
      }),
      { numRuns: 500 },
    );
  });
});
