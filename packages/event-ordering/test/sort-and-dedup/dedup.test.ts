import { describe, expect, it } from "vitest";
import { type Orderable, OrderingInputError, sortAndDedup } from "../../src/index.ts";
import { deepFreeze, type TestEvent } from "../arbitraries.ts";

function event(event_id: string, lamport_clock: number, payload: Record<string, unknown> = {}, timestamp = "2026-01-15T10:00:00Z"): TestEvent {
  return deepFreeze({ event_id, lamport_clock, timestamp, event_type: "PresenceHeartbeat", payload });
}

describe("sortAndDedup: the dedup", () => {
  it("returns empty results for no events", () => {
    expect(sortAndDedup([])).toEqual({ events: [], conflicts: [], indices: new Uint32Array(0) });
  });

  it("keeps one event", () => {
    const one = [event("A", 1)];
    const result = sortAndDedup(one);
    expect(result.events).toEqual(one);
    expect(result.events).not.toBe(one);
    expect(result.conflicts).toEqual([]);
  });

  it("drops identical copies silently, keeping the first", () => {
    const copies = [event("A", 1), event("A", 1), event("a", 1)];
    const result = sortAndDedup([copies[0]!, copies[1]!]);
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toBe(copies[0]);
    expect(result.conflicts).toEqual([]);
  });

  it("treats ids that differ only in case as the same id (and as a conflict, since the content differs)", () => {
    const upper = event("01HQ8ZQ0X6W8T3K9V5R2M4N7PA", 1);
    const lower = event("01hq8zq0x6w8t3k9v5r2m4n7pa", 1);
    const result = sortAndDedup([lower, upper]);
    expect(result.events).toEqual([upper]);
    expect(result.conflicts).toEqual([{ event_id: "01HQ8ZQ0X6W8T3K9V5R2M4N7PA", kept: upper, discarded: [lower] }]);
  });

  it("keeps the smallest version under compareEvents whatever the input order", () => {
    const late = event("A", 9, { v: "late" });
    const early = event("A", 2, { v: "early" });
    const other = event("B", 5);
    expect(sortAndDedup([late, other, early])).toEqual({ events: [early, other], conflicts: [{ event_id: "A", kept: early, discarded: [late] }], indices: Uint32Array.of(2, 1) });
    expect(sortAndDedup([early, other, late])).toEqual({ events: [early, other], conflicts: [{ event_id: "A", kept: early, discarded: [late] }], indices: Uint32Array.of(0, 1) });
  });

  it("picks by canonical JSON when the ordering keys are equal", () => {
    const b = event("A", 1, { v: "b" });
    const a = event("A", 1, { v: "a" });
    for (const input of [[a, b], [b, a]]) {
      expect(sortAndDedup(input)).toEqual({ events: [a], conflicts: [{ event_id: "A", kept: a, discarded: [b] }], indices: Uint32Array.of(input.indexOf(a)) });
    }
  });

  it("reports one conflict per id, each distinct discarded version once, in compareEvents order", () => {
    const kept = event("A", 1, { v: 1 });
    const second = event("A", 2, { v: 2 });
    const third = event("A", 3, { v: 3 });
    const input = [third, second, structuredClone(third), kept, structuredClone(kept), structuredClone(second)].map(deepFreeze);
    const result = sortAndDedup(input);
    expect(result.events).toEqual([kept]);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]!.kept).toBe(input[3]);
    expect(result.conflicts[0]!.discarded).toEqual([second, third]);
    expect(Object.isFrozen(result.conflicts)).toBe(true);
    expect(Object.isFrozen(result.conflicts[0])).toBe(true);
    expect(Object.isFrozen(result.conflicts[0]!.discarded)).toBe(true);
  });

  it("lists conflicts in the order of the kept events", () => {
    const b1 = event("B", 1, { v: 1 });
    const b2 = event("B", 7, { v: 2 });
    const a1 = event("A", 3, { v: 1 });
    const a2 = event("A", 4, { v: 2 });
    const result = sortAndDedup([b2, a1, a2, b1]);
    expect(result.events).toEqual([b1, a1]);
    expect(result.conflicts.map((conflict) => conflict.event_id)).toEqual(["B", "A"]);
  });

  it("handles many identical events", () => {
    const events = Array.from({ length: 50 }, () => event("SAME", 4, { n: 1 }));
    expect(sortAndDedup(events)).toEqual({ events: [events[0]], conflicts: [], indices: Uint32Array.of(0) });
  });

  it("rejects invalid input", () => {
    expect(() => sortAndDedup(undefined as unknown as Orderable[])).toThrow(expect.objectContaining({ field: "events", rule: "type" }));
    expect(() => sortAndDedup([event("A", 1), { ...event("B", 1), lamport_clock: -3 }])).toThrow(OrderingInputError);
  });
});
