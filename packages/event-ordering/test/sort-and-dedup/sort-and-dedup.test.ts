import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Orderable, OrderingInputError, sortAndDedup } from "../../src/index.ts";
import { deepFreeze, eventsWithCopiesArbitrary, permutedEventsArbitrary, type TestEvent } from "../arbitraries.ts";
import { referenceDedup, referenceSort } from "../reference.ts";

function event(event_id: string, lamport_clock: number, payload: Record<string, unknown> = {}, timestamp = "2026-01-15T10:00:00Z"): TestEvent {
  return deepFreeze({ event_id, lamport_clock, timestamp, event_type: "PresenceHeartbeat", payload });
}

describe("sortAndDedup", () => {
  it("handles empty input and one event", () => {
    expect(sortAndDedup([])).toEqual({ events: [], conflicts: [], indices: new Uint32Array(0) });
    const one = [event("A", 1)];
    expect(sortAndDedup(one)).toEqual({ events: one, conflicts: [], indices: Uint32Array.of(0) });
  });

  it("sorts, drops identical copies and reports conflicts", () => {
    const kept = event("A", 1, { v: 1 });
    const conflicting = event("A", 3, { v: 2 });
    const b = event("B", 2);
    const result = sortAndDedup([conflicting, b, structuredClone(b), kept]);
    expect(result.events).toEqual([kept, b]);
    expect(result.conflicts).toEqual([{ event_id: "A", kept, discarded: [conflicting] }]);
  });

  it("equals the reference pipeline: sort with compareEvents, keep the first per id", () => {
    fc.assert(
      fc.property(eventsWithCopiesArbitrary.map(deepFreeze), (events) => {
        expect(sortAndDedup(events)).toEqual(referenceDedup(events));
      }),
      { numRuns: 300 },
    );
  });

  it("gives deep-equal output for every permutation of the same events (with duplicates); indices name their places in the permutation", () => {
    fc.assert(
      fc.property(permutedEventsArbitrary, ([events, permuted]) => {
        const { indices, ...result } = sortAndDedup(permuted);
        const { indices: _, ...expected } = sortAndDedup(events);
        expect(result).toEqual(expected);
        expect(result.events.every((event, at) => permuted[indices[at]!] === event)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent and leaves the input untouched", () => {
    fc.assert(
      fc.property(eventsWithCopiesArbitrary.map(deepFreeze), (events) => {
        const before = JSON.stringify(events);
        const once = sortAndDedup(events);
        expect(sortAndDedup(deepFreeze(once.events))).toEqual({ events: once.events, conflicts: [], indices: Uint32Array.from(once.events, (_, index) => index) });
        expect(JSON.stringify(events)).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it("works on large inputs, ordered and shuffled, with duplicates", () => {
    const events = Array.from({ length: 5000 }, (_, index) => event(`ID-${index}`, Math.floor(index / 3), { n: index % 7 }, `2026-01-15T10:00:0${index % 10}.${index % 1000}Z`));
    const duplicates = events.filter((_, index) => index % 50 === 0).map((item, index) => (index % 2 === 0 ? structuredClone(item) : { ...item, payload: { n: -1 } }));
    const all = deepFreeze([...events, ...duplicates]);
    const shuffled = deepFreeze([...all].reverse());
    const expected = referenceDedup(all);
    expect(sortAndDedup(all)).toEqual(expected);
    expect(sortAndDedup(shuffled)).toEqual(referenceDedup(shuffled));
    expect(sortAndDedup(shuffled).events).toEqual(expected.events);
    expect(sortAndDedup(referenceSort(all))).toEqual(referenceDedup(referenceSort(all)));
    expect(expected.conflicts).toHaveLength(50);
  });

  it("finds duplicates among ids that collide in the hash (same first and last 8 characters)", () => {
    const ids = Array.from({ length: 200 }, (_, index) => `PREFIX00-${String(index).padStart(4, "0")}-SUFFIX00`);
    const events = ids.map((id, index) => event(id, index));
    const copies = [event(ids[3]!, 3), event(ids[150]!.toLowerCase(), 150, { other: true })];
    const result = sortAndDedup(deepFreeze([...copies, ...events]));
    expect(result.events).toHaveLength(200);
    expect(result.conflicts).toEqual([{ event_id: ids[150], kept: events[150], discarded: [copies[1]] }]);
  });

  it("rejects invalid input with the event index", () => {
    expect(() => sortAndDedup("events" as unknown as Orderable[])).toThrow(OrderingInputError);
    expect(() => sortAndDedup([event("A", 1), event("B", 2), { ...event("C", 3), event_id: 7 } as unknown as TestEvent])).toThrow(
      expect.objectContaining({ index: 2, field: "event_id", rule: "type", value: 7 }),
    );
  });
});
