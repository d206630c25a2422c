import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareEvents, type Orderable, sortEvents } from "../../src/index.ts";
import { deepFreeze, eventsWithCopiesArbitrary, permutedEventsArbitrary, type TestEvent } from "../arbitraries.ts";
import { referenceSort } from "../reference.ts";
import { thrown } from "../thrown.ts";

function event(event_id: string, lamport_clock: number, timestamp = "2026-01-15T10:00:00Z", payload: unknown = {}): TestEvent {
  return deepFreeze({ event_id, lamport_clock, timestamp, event_type: "PresenceHeartbeat", payload: payload as Record<string, unknown> });
}

describe("sortEvents", () => {
  it("returns a new empty array for no events, and a copy of one event", () => {
    const empty: TestEvent[] = deepFreeze([]);
    expect(sortEvents(empty)).toEqual([]);
    expect(sortEvents(empty)).not.toBe(empty);
    const one = deepFreeze([event("A", 1)]);
    expect(sortEvents(one)).toEqual(one);
    expect(sortEvents(one)).not.toBe(one);
  });

  it("sorts by lamport clock, timestamp key, upper-case id, then content", () => {
    const events = deepFreeze([
      event("B", 2),
      event("a", 1, "2026-01-15T10:00:00Z", { v: 2 }),
      event("A", 1, "2026-01-15T10:00:00Z", { v: 1 }),
      event("C", 1, "2026-01-15T09:59:59.999999Z"),
      event("0", 10),
    ]);
    expect(sortEvents(events).map((item) => `${item.event_id}:${JSON.stringify(item.payload)}`)).toEqual(['C:{}', 'A:{"v":1}', 'a:{"v":2}', "B:{}", "0:{}"]);
  });

  it("sorts a naive timestamp by its text: before the same wall clock with an offset", () => {
    const events = deepFreeze([
      event("A", 1, "2026-01-15T10:00:00Z"),
      event("B", 1, "2026-01-15T10:00:00"),
      event("C", 1, "2026-01-15T09:00:00-08:00"),
      event("D", 1, "2026-01-15T10:00:00.000001"),
      event("E", 1, "2026-01-15T09:59:59.999"),
    ]);
    expect(sortEvents(events).map((item) => item.event_id)).toEqual(["C", "E", "B", "A", "D"]);
  });

  it("returns a copy of input that is already in order (identical neighbours included)", () => {
    const events = deepFreeze([event("A", 1), event("A", 1), event("B", 1), event("C", 3)]);
    const sorted = sortEvents(events);
    expect(sorted).toEqual(events);
    expect(sorted).not.toBe(events);
    expect(sorted.every((item, index) => item === events[index])).toBe(true);
  });

  it("agrees with Array.prototype.sort(compareEvents), without touching the input", () => {
    fc.assert(
      fc.property(eventsWithCopiesArbitrary.map(deepFreeze), (events) => {
        const before = JSON.stringify(events);
        expect(sortEvents(events)).toEqual(referenceSort(events));
        expect(JSON.stringify(events)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same output for every permutation of the same events (with duplicates)", () => {
    fc.assert(
      fc.property(permutedEventsArbitrary, ([events, permuted]) => {
        expect(sortEvents(permuted)).toEqual(sortEvents(events));
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(eventsWithCopiesArbitrary.map(deepFreeze), (events) => {
        const once = sortEvents(events);
        expect(sortEvents(deepFreeze(once))).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it("accepts the same event object twice", () => {
    const twice = event("A", 1);
    expect(sortEvents([event("B", 0), twice, twice])).toEqual([event("B", 0), twice, twice]);
    expect(sortEvents([twice, event("B", 0), twice])).toEqual([event("B", 0), twice, twice]);
  });

  it("keeps identical events in input order (stable)", () => {
    const first = event("A", 1);
    const second = event("A", 1);
    const later = event("0", 0);
    const sorted = sortEvents([first, second, later]);
    expect(sorted[1]).toBe(first);
    expect(sorted[2]).toBe(second);
  });

  it("sorts long runs of equal clocks (beyond the insertion-sort limit) stably", () => {
    const events = deepFreeze(Array.from({ length: 40 }, (_, index) => event(`E${String(39 - (index % 20)).padStart(2, "0")}`, 7, "2026-01-15T10:00:00Z", { copy: index < 20 ? 0 : 0 })));
    const sorted = sortEvents([event("Z", 8), ...events]);
    expect(sorted).toEqual(referenceSort([event("Z", 8), ...events]));
    const firstE20 = sorted.findIndex((item) => item.event_id === "E20");
    expect(sorted[firstE20]).toBe(events[19]);
    expect(sorted[firstE20 + 1]).toBe(events[39]);
  });

  it.each([
    ["dense clocks", (index: number) => 1000 + ((index * 7) % 50)],
    ["sparse clocks", (index: number) => ((index * 7) % 50) * 1_000_000_007],
    ["clocks too large to pack with the index", (index: number) => (index % 3 === 0 ? Number.MAX_SAFE_INTEGER - (index % 5) : (index * 7) % 50)],
  ])("orders %s like the reference", (_name, clock) => {
    const events = deepFreeze(Array.from({ length: 300 }, (_, index) => event(`ID${index % 97}`, clock(index), `2026-01-15T10:00:0${index % 3}Z`)));
    const sorted = sortEvents(events);
    expect(sorted).toEqual(referenceSort(events));
    for (let at = 1; at < sorted.length; at++) expect(compareEvents(sorted[at - 1]!, sorted[at]!)).toBeLessThanOrEqual(0);
  });

  it.each([["not an array", "events"], [null, "events"], [{ length: 0 }, "events"]])("rejects %j as events", (value, field) => {
    expect(thrown(() => sortEvents(value as unknown as Orderable[]))).toMatchObject({ code: "ORDERING_INPUT", field, rule: "type", index: undefined });
  });

  it("names the index, field, rule and value of an invalid event", () => {
    const events = [event("A", 1), { ...event("B", 2), timestamp: "2026-01-15T10:00:00.1234567Z" }];
    const error = thrown(() => sortEvents(events));
    expect(error).toMatchObject({ index: 1, field: "timestamp", rule: "pattern", value: "2026-01-15T10:00:00.1234567Z" });
    expect(error.message).toBe(
      'events[1].timestamp: expected an ISO 8601 date-time YYYY-MM-DDTHH:MM:SS with 0 to 6 fractional digits and an optional offset (Z or ±HH:MM) (rule: pattern), got "2026-01-15T10:00:00.1234567Z"',
    );
    expect(thrown(() => sortEvents([event("A", 1), 42 as unknown as TestEvent]))).toMatchObject({ index: 1, field: "event", rule: "type", value: 42 });
    expect(thrown(() => sortEvents([{ ...event("A", 1), event_id: "" }]))).toMatchObject({ index: 0, field: "event_id", rule: "minLength" });
    expect(thrown(() => sortEvents([{ ...event("A", 1), lamport_clock: 0.5 }]))).toMatchObject({ index: 0, field: "lamport_clock", rule: "type" });
    // biome-ignore lint/suspicious/noSparseArray: a hole is one of the inputs under test
    expect(thrown(() => sortEvents([event("A", 1), , event("B", 2)] as TestEvent[]))).toMatchObject({ index: 1, field: "event", value: undefined });
  });

  it("rejects fully tied events whose content has no JSON form, naming the event", () => {
    const events = [event("A", 1, "2026-01-15T10:00:00Z", { n: 2n }), event("A", 1, "2026-01-15T10:00:00Z", { n: 1 })];
    expect(thrown(() => sortEvents(events))).toMatchObject({ rule: "json", field: "/payload/n", index: 0 });
    const throwing = { ...event("A", 1), toJSON: () => { throw new Error("no JSON") } };
    expect(thrown(() => sortEvents([event("A", 1), throwing]))).toMatchObject({ rule: "json", field: "(root)", index: 1 });
  });
});
