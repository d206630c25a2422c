import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalId, IdTable } from "../../src/live/id-table.ts";

describe("canonicalId", () => {
  it("upper-cases ids with lower-case ASCII letters or non-ASCII characters, keeps the rest", () => {
    expect(canonicalId("01ARZ3NDEKTSV4RRFFQ69G5FAV")).toBe("01ARZ3NDEKTSV4RRFFQ69G5FAV");
    expect(canonicalId("01arz3ndektsv4rrffq69g5fav")).toBe("01ARZ3NDEKTSV4RRFFQ69G5FAV");
    expect(canonicalId("ß-x")).toBe("SS-X");
    expect(canonicalId("É")).toBe("É");
    expect(canonicalId("")).toBe("");
  });
});

describe("IdTable", () => {
  /** A Map keyed by canonical id: the behaviour the table must match. */
  function model(operations: readonly (readonly [string, number])[], table: IdTable<number>) {
    const expected = new Map<string, number>();
    for (const [id, value] of operations) {
      const inserted = table.insertNew(id, value);
      expect(inserted).toBe(!expected.has(canonicalId(id)));
      if (inserted) expected.set(canonicalId(id), value);
      else {
        table.set(id, value);
        expected.set(canonicalId(id), value);
      }
    }
    for (const [id] of operations) expect(table.get(id)).toBe(expected.get(canonicalId(id)));
    expect(table.get("never-inserted")).toBeUndefined();
  }

  const ids = fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("a", "A", "__proto__", "ß", "SS")), fc.integer()), { maxLength: 300 });

  it("behaves like a Map keyed by canonical id, across growth", () => {
    fc.assert(fc.property(ids, (operations) => model(operations, new IdTable<number>())), { numRuns: 200 });
  });

  it("moves to a Map when probes exceed the budget, and keeps behaving the same", () => {
    fc.assert(fc.property(ids, (operations) => model(operations, new IdTable<number>(0, 0))), { numRuns: 100 });
    const table = new IdTable<string>(0, 0);
    for (let at = 0; at < 5000; at++) table.insertNew(`id-${at}`, `v${at}`);
    expect(table.get("ID-4999")).toBe("v4999");
    table.pop("id-4999");
    expect(table.get("id-4999")).toBeUndefined();
    expect(table.insertNew("id-4999", "again")).toBe(true);
    expect(table.insertNew("ID-4999", "twice")).toBe(false);
    table.set("id-0", "replaced");
    table.set("id-new", "new");
    expect([table.get("ID-0"), table.get("id-new")]).toStrictEqual(["replaced", "new"]);
  });

  it("pop removes the most recent insert", () => {
    const table = new IdTable<number>();
    for (let at = 0; at < 3000; at++) table.insertNew(`x${at}`, at);
    for (let at = 2999; at >= 1000; at--) table.pop(`X${at}`);
    expect(table.get("x999")).toBe(999);
    expect(table.get("x1000")).toBeUndefined();
    expect(table.insertNew("x1000", -1)).toBe(true);
    expect(table.get("x1000")).toBe(-1);
  });
});
