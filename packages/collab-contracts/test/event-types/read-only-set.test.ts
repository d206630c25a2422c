import { describe, expect, it } from "vitest";
import { ReadOnlyCollectionError, ReadOnlySet } from "../../src/index.js";

describe("ReadOnlySet", () => {
  const make = () => new ReadOnlySet("LETTERS", ["a", "b", "a", "c"]);

  it("keeps distinct values in insertion order and reads like a set", () => {
    const set = make();
    expect(set.size).toBe(3);
    expect([...set]).toEqual(["a", "b", "c"]);
    expect([...set.values()]).toEqual(["a", "b", "c"]);
    expect([...set.keys()]).toEqual(["a", "b", "c"]);
    expect([...set.entries()]).toEqual([
      ["a", "a"],
      ["b", "b"],
      ["c", "c"],
    ]);
    expect(set.has("b")).toBe(true);
    expect(set.has("z")).toBe(false);
    expect(new Set(set)).toEqual(new Set(["a", "b", "c"]));
    expect(JSON.stringify(set)).toBe('["a","b","c"]');
    expect(Object.prototype.toString.call(set)).toBe("[object ReadOnlySet]");
  });

  it("passes value, key, the set and thisArg to forEach", () => {
    const set = make();
    const seen: unknown[] = [];
    const context = { tag: "ctx" };
    set.forEach(function (this: unknown, value, key, owner) {
      seen.push([value, key, owner === set, this]);
    }, context);
    expect(seen).toEqual([
      ["a", "a", true, context],
      ["b", "b", true, context],
      ["c", "c", true, context],
    ]);
  });

  it("does not follow later changes of the source iterable", () => {
    const source = ["x"];
    const set = new ReadOnlySet("X", source);
    source.push("y");
    expect([...set]).toEqual(["x"]);
  });

  it("throws ReadOnlyCollectionError for add, delete and clear", () => {
    const set = make() as unknown as Set<string>;
    expect(() => set.add("d")).toThrow(/LETTERS: add\(\) is not allowed.*got "d"/);
    expect(() => set.delete("a")).toThrow(/LETTERS: delete\(\) is not allowed.*got "a"/);
    expect(() => set.clear()).toThrow(ReadOnlyCollectionError);
    expect(() => set.clear()).toThrow(/clear\(\).*got undefined/);
    expect([...set]).toEqual(["a", "b", "c"]);
  });
});
