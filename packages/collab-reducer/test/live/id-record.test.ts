import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdRecord } from "../../src/live/id-record.ts";

/** Ids from a small alphabet, so that runs, repeats and out-of-order ids all occur. */
const id = fc.string({ unit: fc.constantFrom("0", "1", "2", "A", "B"), minLength: 1, maxLength: 3 });
const operation = fc.oneof(
  fc.record({ kind: fc.constant("add" as const), id }),
  fc.record({ kind: fc.constant("delete" as const), id }),
  fc.record({ kind: fc.constant("oldest" as const) }),
);

describe("IdRecord", () => {
  it("answers like a Map under any adds and deletes (500 runs)", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 80 }), (operations) => {
        const record = new IdRecord<object>();
        const reference = new Map<string, object>();
        for (const step of operations) {
          if (step.kind === "add") {
            if (reference.has(step.id)) continue;
            const value = {};
            record.add(step.id, value);
            reference.set(step.id, value);
          } else {
            // "oldest" deletes the first id added and still held: the window's sealing order.
            const target = step.kind === "oldest" ? reference.keys().next().value : step.id;
            if (target === undefined || !reference.has(target)) continue;
            record.delete(target, reference.get(target)!);
            reference.delete(target);
          }
          for (const probe of ["0", "1", "A", "B", "00", "0A", "1B", "B2", "AAA", "222"]) expect(record.get(probe)).toBe(reference.get(probe));
          expect(new Set(record.ids())).toStrictEqual(new Set(reference.keys()));
          for (const key of reference.keys()) expect(record.get(key)).toBe(reference.get(key));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("an id above the greatest is absent without a lookup; the greatest stays after a delete", () => {
    const record = new IdRecord<number>();
    record.add("B", 1);
    record.add("A", 2);
    record.delete("B", 1);
    expect(record.get("B")).toBeUndefined();
    expect(record.get("C")).toBeUndefined();
    expect(record.get("A")).toBe(2);
    record.add("B", 3);
    expect(record.get("B")).toBe(3);
    expect(record.ids()).toStrictEqual(["A", "B"]);
  });
});
