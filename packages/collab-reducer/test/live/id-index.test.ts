import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdIndex } from "../../src/live/id-index.ts";
import { canonicalEventId } from "@sk/event-ordering";

interface Entry {
  readonly id: string;
  readonly value: number;
}

const indexOf = () => new IdIndex<Entry>((entry) => entry.id);

/** Ids that mostly increase (like ULIDs minted in time order), with now and then an older or repeated one. */
const ids = fc
  .array(fc.tuple(fc.nat(99), fc.nat(1_000_000), fc.boolean()), { maxLength: 400 })
  .map((items) => {
    let clock = 0;
    return items.map(([roll, older, lower]) => {
      clock += 1;
      const counter = roll < 80 ? clock : roll < 95 ? older % (clock + 1) : clock - 1;
      const id = `01X${String(counter).padStart(8, "0")}`;
      return lower ? id.toLowerCase() : id;
    });
  });

describe("IdIndex", () => {
  it("behaves like a Map keyed by canonical id (insertNew, set, get, delete in reverse order)", () => {
    fc.assert(
      fc.property(ids, fc.nat(50), (sequence, rollback) => {
        const index = indexOf();
        const expected = new Map<string, Entry>();
        const inserted: string[] = [];
        sequence.forEach((id, value) => {
          const entry = { id, value };
          const fresh = index.insertNew(id, entry);
          expect(fresh).toBe(!expected.has(canonicalEventId(id)));
          if (fresh) inserted.push(id);
          else if (value % 3 === 0) index.set(id, entry);
          if (fresh || value % 3 === 0) expected.set(canonicalEventId(id), entry);
        });
        for (const id of sequence) expect(index.get(id)).toBe(expected.get(canonicalEventId(id)));
        // Roll back the most recent inserts, newest first.
        const removed = inserted.slice(-rollback).reverse();
        for (const id of removed) {
          index.delete(id);
          expected.delete(canonicalEventId(id));
        }
        for (const id of sequence) expect(index.get(id)).toBe(expected.get(canonicalEventId(id)));
        expect(index.get("never")).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it("gives up the run when out-of-order ids stop being rare, and keeps working", () => {
    const index = indexOf();
    for (let at = 0; at < 6000; at++) {
      const id = `id-${String((at * 7919) % 6000).padStart(5, "0")}`;
      expect(index.insertNew(id, { id, value: at })).toBe(true);
    }
    expect(index.get("ID-00000")?.value).toBe(0);
    expect(index.insertNew("id-00001", { id: "x", value: -1 })).toBe(false);
    index.set("id-00001", { id: "id-00001", value: -2 });
    expect(index.get("id-00001")?.value).toBe(-2);
    index.delete("id-00001");
    expect(index.get("id-00001")).toBeUndefined();
  });

  it("an id above the run's last may already sit in the table", () => {
    const index = indexOf();
    for (const id of ["a1", "a3", "a2"]) index.insertNew(id, { id, value: 1 });
    index.delete("a3");
    expect(index.insertNew("a2", { id: "a2", value: 2 })).toBe(false);
    expect(index.insertNew("a3", { id: "a3", value: 3 })).toBe(true);
  });

  it("deleting an entry that is not the run's last moves the run to the table", () => {
    const index = indexOf();
    for (const id of ["a1", "a2", "a3"]) index.insertNew(id, { id, value: 1 });
    index.delete("a2");
    expect([index.get("a1")?.id, index.get("a2"), index.get("a3")?.id]).toStrictEqual(["a1", undefined, "a3"]);
    expect(index.insertNew("a4", { id: "a4", value: 4 })).toBe(true);
    index.set("a9", { id: "a9", value: 9 });
    expect(index.get("A9")?.value).toBe(9);
  });
});
