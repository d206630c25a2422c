import { describe, expect, it } from "vitest";
import { duplicateGroups } from "../../src/sort-and-dedup/duplicate-ids.ts";

/** Groups as lists of indices, for readable expectations. */
function grouped(hashes: readonly number[], ids: readonly string[], probeBudgetPerId?: number): number[][] {
  const result = duplicateGroups(Int32Array.from(hashes), (index) => ids[index]!, probeBudgetPerId);
  if (result === undefined) return [];
  const groups = new Map<number, number[]>();
  result.groups.forEach((group, index) => {
    if (group !== 0) groups.set(group, [...(groups.get(group) ?? []), index]);
  });
  expect(groups.size).toBe(result.count);
  return [...groups.values()];
}

describe("duplicateGroups", () => {
  it("is undefined when every id is unique", () => {
    expect(grouped([1, 2, 3], ["a", "b", "c"])).toEqual([]);
    expect(grouped([], [])).toEqual([]);
  });

  it("groups equal ids, three or more per group", () => {
    expect(grouped([5, 9, 5, 5, 9], ["x", "y", "x", "x", "y"])).toEqual([
      [0, 2, 3],
      [1, 4],
    ]);
  });

  it("does not group different ids whose hashes collide", () => {
    expect(grouped([7, 7, 7], ["a", "b", "a"])).toEqual([[0, 2]]);
    expect(grouped([7, 7], ["a", "b"])).toEqual([]);
  });

  it("falls back to comparing every id exactly when the probe budget runs out", () => {
    // 6 ids get 16 slots: hashes 0, 16 and 32 share slot 0 with distinct values, so they probe.
    const hashes = [0, 16, 32, 1, 0, 3];
    const ids = ["a", "b", "c", "d", "a", "e"];
    expect(grouped(hashes, ids, 0)).toEqual([[0, 4]]);
    expect(grouped(hashes, ids)).toEqual([[0, 4]]);
  });

  it("finds a repeated id behind a run of other fingerprints", () => {
    const size = 16;
    const hashes = [3, 3 + size, 3 + 2 * size, 3 + size];
    expect(grouped(hashes, ["a", "b", "c", "b"])).toEqual([[1, 3]]);
  });
});
