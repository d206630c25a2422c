import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalEventId } from "@sk/event-ordering";
import { IdTable } from "../../src/live/id-table.ts";

/** A stored value that carries its own id, like an event. */
interface Entry {
  readonly id: string;
  readonly value: number;
}

const tableOf = (baseProbes?: number, probesPerEntry?: number) => new IdTable<Entry>((entry) => entry.id, baseProbes, probesPerEntry);

describe("IdTable", () => {
  /** A Map keyed by canonical id: the behaviour the table must match. */
  function model(operations: readonly (readonly [string, number])[], table: IdTable<Entry>) {
    const expected = new Map<string, Entry>();
    for (const [id, value] of operations) {
      const entry = { id, value };
      const inserted = table.insertNew(id, entry);
      expect(inserted).toBe(!expected.has(canonicalEventId(id)));
      if (!inserted) table.set(id, entry);
      expected.set(canonicalEventId(id), entry);
    }
    for (const [id] of operations) expect(table.get(id)).toBe(expected.get(canonicalEventId(id)));
    expect(table.get("never-inserted")).toBeUndefined();
  }

  const operations = fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("a", "A", "__proto__", "ß", "SS")), fc.integer()), { maxLength: 300 });

  it("behaves like a Map keyed by canonical id, across growth", () => {
    fc.assert(fc.property(operations, (ops) => model(ops, tableOf())), { numRuns: 200 });
  });

  it("moves to a Map when probes exceed the budget, and keeps behaving the same", () => {
    fc.assert(fc.property(operations, (ops) => model(ops, tableOf(0, 0))), { numRuns: 100 });
    const table = tableOf(0, 0);
    for (let at = 0; at < 5000; at++) table.insertNew(`id-${at}`, { id: `id-${at}`, value: at });
    expect(table.get("ID-4999")?.value).toBe(4999);
    table.delete("id-4999");
    expect(table.get("id-4999")).toBeUndefined();
    expect(table.insertNew("id-4999", { id: "id-4999", value: -1 })).toBe(true);
    expect(table.insertNew("ID-4999", { id: "ID-4999", value: -2 })).toBe(false);
    table.set("id-0", { id: "id-0", value: -3 });
    table.set("id-new", { id: "id-new", value: -4 });
    expect([table.get("ID-0")?.value, table.get("id-new")?.value]).toStrictEqual([-3, -4]);
  });

  it("delete removes entries, the most recent ones or earlier ones", () => {
    const table = tableOf();
    for (let at = 0; at < 3000; at++) table.insertNew(`x${at}`, { id: `x${at}`, value: at });
    table.delete("x5");
    expect(table.get("x5")).toBeUndefined();
    expect(table.get("x6")?.value).toBe(6);
    for (let at = 2999; at >= 1000; at--) table.delete(`X${at}`);
    expect(table.get("x999")?.value).toBe(999);
    expect(table.get("x1000")).toBeUndefined();
    expect(table.insertNew("x1000", { id: "x1000", value: -1 })).toBe(true);
    expect(table.get("X1000")?.value).toBe(-1);
    table.set("x-new", { id: "x-new", value: 7 });
    expect(table.get("X-NEW")?.value).toBe(7);
    const small = tableOf(200, 0);
    for (let at = 0; at < 50; at++) small.insertNew(`y${at}`, { id: `y${at}`, value: at });
    small.delete("y3");
    for (let at = 50; at < 3000; at++) small.insertNew(`y${at}`, { id: `y${at}`, value: at });
    expect([small.get("y3"), small.get("y4")?.value]).toStrictEqual([undefined, 4]);
  });
});
