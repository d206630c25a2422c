import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SealedIds } from "../../src/live/sealed-ids.ts";

/** Ids from a small alphabet, so that runs, repeats and out-of-order ids all occur. */
const id = fc.string({ unit: fc.constantFrom("0", "1", "2", "A", "B"), minLength: 1, maxLength: 3 });
const PROBES = ["0", "1", "A", "B", "00", "0A", "1B", "B2", "AAA", "222"];

describe("SealedIds", () => {
  it("answers like a Set under any adds, and its greatest bounds every id (500 runs)", () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), (added) => {
        const record = SealedIds.of([]);
        const reference = new Set<string>();
        for (const key of added) {
          if (reference.has(key)) continue;
          record.add(key);
          reference.add(key);
          for (const probe of [...PROBES, ...reference]) expect(record.has(probe)).toBe(reference.has(probe));
          expect(record.greatest).toBe([...reference].sort().at(-1));
        }
        expect(record.ids()).toHaveLength(reference.size);
        expect(new Set(record.ids())).toStrictEqual(reference);
      }),
      { numRuns: 500 },
    );
  });

  it("`SealedIds.of(ids())` rebuilds the same record, as a snapshot's sealed ids come back (500 runs)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 40 }), (added) => {
        const record = SealedIds.of([]);
        for (const key of added) record.add(key);
        const ids = record.ids();
        const rebuilt = SealedIds.of(ids);
        expect(rebuilt.ids()).toStrictEqual(ids);
        expect(rebuilt.greatest).toBe(record.greatest);
        for (const key of added) expect(rebuilt.has(key)).toBe(true);
        // Adding the same ids afterwards keeps them in the same place in both.
        for (const key of ["1", "AB", "B22"]) {
          if (record.has(key)) continue;
          record.add(key);
          rebuilt.add(key);
        }
        expect(rebuilt.ids()).toStrictEqual(record.ids());
      }),
      { numRuns: 500 },
    );
  });

  it("holds a repeated id of a snapshot's list once", () => {
    const record = SealedIds.of(["A", "B", "A", "0", "0"]);
    expect(record.ids()).toStrictEqual(["A", "B", "0"]);
    expect(record.greatest).toBe("B");
    expect(record.has("0")).toBe(true);
    expect(record.has("1")).toBe(false);
    expect(SealedIds.of([]).greatest).toBe("");
  });
});
