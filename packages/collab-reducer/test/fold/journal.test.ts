import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Journal } from "../../src/fold/journal.ts";

/** The collections a journal changes, as plain data (order included) to compare. */
function picture(map: Map<string, number>, set: Set<string>, list: number[]): unknown {
  return { map: [...map], set: [...set].sort(), list: list.slice() };
}

const key = fc.constantFrom("a", "b", "c", "d");
const change = fc.oneof(
  fc.record({ kind: fc.constant("mapSet" as const), key, value: fc.nat(9) }),
  fc.record({ kind: fc.constant("delete" as const), key }),
  fc.record({ kind: fc.constant("setAdd" as const), key }),
  fc.record({ kind: fc.constant("setDelete" as const), key }),
  fc.record({ kind: fc.constant("push" as const), value: fc.nat(9) }),
  fc.record({ kind: fc.constant("removeAt" as const), value: fc.nat(9) }),
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

describe("Journal", () => {
  it("undoes to any kept mark exactly, across the ring's wrap and growth (300 runs)", () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 4, 1024), fc.array(fc.array(change, { maxLength: 40 }), { minLength: 1, maxLength: 12 }), fc.nat(), (capacity, steps, pick) => {
        const journal = new Journal(capacity);
        const map = new Map<string, number>();
        const set = new Set<string>();
        const list: number[] = [];
        const apply = (step: Change) => {
          if (step.kind === "mapSet") journal.mapSet(map, step.key, step.value);
          else if (step.kind === "delete") journal.delete(map, step.key);
          else if (step.kind === "setAdd") journal.setAdd(set, step.key);
          else if (step.kind === "setDelete") journal.delete(set, step.key);
          else if (step.kind === "push") journal.push(list, step.value);
          else if (list.length > 0) journal.removeAt(list, step.value % list.length);
        };
        // Marks before each batch of changes; the oldest are forgotten as a window would.
        const marks: { position: number; picture: unknown }[] = [];
        for (const batch of steps) {
          marks.push({ position: journal.position, picture: picture(map, set, list) });
          for (const step of batch) apply(step);
          if (marks.length > 3) {
            marks.shift();
            journal.forgetBefore(marks[0]!.position);
          }
        }
        const target = marks[pick % marks.length]!;
        journal.undoTo(target.position);
        expect(picture(map, set, list)).toStrictEqual(target.picture);
        expect(journal.position).toBe(target.position);
        // Changing again after an undo reuses the slots.
        for (const batch of steps) for (const step of batch) apply(step);
        journal.undoTo(target.position);
        expect(picture(map, set, list)).toStrictEqual(target.picture);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses to undo to a position before the first kept record", () => {
    const journal = new Journal();
    const list: number[] = [];
    for (let at = 0; at < 3000; at++) journal.push(list, at);
    journal.forgetBefore(2000);
    expect(() => journal.undoTo(1999)).toThrow(RangeError);
    journal.undoTo(2000);
    expect(list).toHaveLength(2000);
  });

  it("takes a capacity that is a power of two", () => {
    for (const capacity of [0, 3, 1.5, -2]) expect(() => new Journal(capacity)).toThrow(RangeError);
  });
});
