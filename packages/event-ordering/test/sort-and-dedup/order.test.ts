import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareEvents, type Orderable, sortAndDedup } from "../../src/index.ts";
import { deepFreeze, eventsWithCopiesArbitrary, type TestEvent } from "../arbitraries.ts";
import { referenceDedup, referenceSort } from "../reference.ts";
import { thrown } from "../thrown.ts";

function event(event_id: string, lamport_clock: number, timestamp = "2026-01-15T10:00:00Z", payload: unknown = {}): TestEvent {
  return deepFreeze({ event_id, lamport_clock, timestamp, event_type: "PresenceHeartbeat", payload: payload as Record<string, unknown> });
}

const ordered = (events: readonly TestEvent[]): TestEvent[] => sortAndDedup(events).events;

describe("sortAndDedup: the order", () => {
  it("returns a new empty array for no events, and a new array for one event", () => {
    const empty: TestEvent[] = deepFreeze([]);
    expect(ordered(empty)).toEqual([]);
    expect(ordered(empty)).not.toBe(empty);
    const one = deepFreeze([event("A", 1)]);
    expect(ordered(one)).toEqual(one);
    expect(ordered(one)).not.toBe(one);
  });

  it("sorts by lamport clock, timestamp key, then upper-case id", () => {
    const events = deepFreeze([event("B", 2), event("a", 1, "2026-01-15T10:00:00Z"), event("C", 1, "2026-01-15T09:59:59.999999Z"), event("0", 10), event("b", 1, "2026-01-15T10:00:00Z")]);
    expect(ordered(events).map((item) => item.event_id)).toEqual(["C", "a", "b", "0"]);
  });

  it("sorts a naive timestamp by its text: before the same wall clock with an offset", () => {
    const events = deepFreeze([
      event("A", 1, "2026-01-15T10:00:00Z"),
      event("B", 1, "2026-01-15T10:00:00"),
      event("C", 1, "2026-01-15T09:00:00-08:00"),
      event("D", 1, "2026-01-15T10:00:00.000001"),
      event("E", 1, "2026-01-15T09:59:59.999"),
    ]);
    expect(ordered(events).map((item) => item.event_id)).toEqual(["C", "E", "B", "A", "D"]);
  });

  it("returns the events of input already in order, in a new array", () => {
    const events = deepFreeze([event("A", 1), event("B", 1), event("C", 3)]);
    const sorted = ordered(events);
    expect(sorted).not.toBe(events);
    expect(sorted.every((item, index) => item === events[index])).toBe(true);
  });

  it("agrees with Array.prototype.sort(compareEvents) on distinct ids, without touching the input", () => {
    fc.assert(
      fc.property(eventsWithCopiesArbitrary.map((events) => deepFreeze(events.map((item, index) => ({ ...item, event_id: `ID-${index}` })))), (events) => {
        const before = JSON.stringify(events);
        expect(ordered(events)).toEqual(referenceSort(events));
        expect(JSON.stringify(events)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts the same event object twice, and keeps it once", () => {
    const twice = event("A", 1);
    expect(ordered([event("B", 0), twice, twice])).toEqual([event("B", 0), twice]);
    expect(ordered([twice, event("B", 0), twice])[1]).toBe(twice);
  });

  it("keeps the first of identical events in input order (the sort is stable)", () => {
    const first = event("A", 1);
    const second = event("A", 1);
    const later = event("0", 0);
    expect(ordered([later, first, second])[1]).toBe(first);
    expect(ordered([second, later, first])[1]).toBe(second);
  });

  it("sorts long runs of equal clocks (beyond the insertion-sort limit) stably", () => {
    const events = deepFreeze(Array.from({ length: 40 }, (_, index) => event(`E${String(39 - (index % 20)).padStart(2, "0")}`, 7, "2026-01-15T10:00:00Z", { copy: 0 })));
    const result = sortAndDedup([event("Z", 8), ...events]);
    expect(result).toEqual(referenceDedup([event("Z", 8), ...events]));
    expect(result.events.find((item) => item.event_id === "E20")).toBe(events[19]);
  });

  it.each([
    ["dense clocks", (index: number) => 1000 + ((index * 7) % 50)],
    ["sparse clocks", (index: number) => ((index * 7) % 50) * 1_000_000_007],
    ["the largest safe clocks", (index: number) => (index % 3 === 0 ? Number.MAX_SAFE_INTEGER - (index % 5) : (index * 7) % 50)],
  ])("orders %s like the reference", (_name, clock) => {
    const events = deepFreeze(Array.from({ length: 300 }, (_, index) => event(`ID${index % 97}`, clock(index), `2026-01-15T10:00:0${index % 3}Z`, { n: index % 4 })));
    const result = sortAndDedup(events);
    expect(result).toEqual(referenceDedup(events));
    for (let at = 1; at < result.events.length; at++) expect(compareEvents(result.events[at - 1]!, result.events[at]!)).toBeLessThanOrEqual(0);
  });

  it.each([["not an array", "events"], [null, "events"], [{ length: 0 }, "events"]])("rejects %j as events", (value, field) => {
    expect(thrown(() => sortAndDedup(value as unknown as Orderable[]))).toMatchObject({ code: "ORDERING_INPUT", field, rule: "type", index: undefined });
  });

  it("names the index, field, rule and value of an invalid event", () => {
    const events = [event("A", 1), { ...event("B", 2), timestamp: "2026-01-15T10:00:00.1234567Z" }];
    const error = thrown(() => sortAndDedup(events));
    expect(error).toMatchObject({ index: 1, field: "timestamp", rule: "pattern", value: "2026-01-15T10:00:00.1234567Z" });
    expect(error.message).toBe(
      'events[1].timestamp: expected an ISO 8601 date-time YYYY-MM-DDTHH:MM:SS with 0 to 6 fractional digits and an optional offset (Z or ±HH:MM) (rule: pattern), got "2026-01-15T10:00:00.1234567Z"',
    );
    expect(thrown(() => sortAndDedup([event("A", 1), 42 as unknown as TestEvent]))).toMatchObject({ index: 1, field: "event", rule: "type", value: 42 });
    expect(thrown(() => sortAndDedup([{ ...event("A", 1), event_id: "" }]))).toMatchObject({ index: 0, field: "event_id", rule: "minLength" });
    expect(thrown(() => sortAndDedup([{ ...event("A", 1), lamport_clock: 0.5 }]))).toMatchObject({ index: 0, field: "lamport_clock", rule: "type" });
    // biome-ignore lint/suspicious/noSparseArray: a hole is one of the inputs under test
    expect(thrown(() => sortAndDedup([event("A", 1), , event("B", 2)] as TestEvent[]))).toMatchObject({ index: 1, field: "event", value: undefined });
  });

  it("rejects fully tied events whose content has no JSON form, naming the event by its index in the given array", () => {
    const events = [event("A", 1, "2026-01-15T10:00:00Z", { n: 2n }), event("A", 1, "2026-01-15T10:00:00Z", { n: 1 })];
    expect(thrown(() => sortAndDedup(events))).toMatchObject({ rule: "json", field: "/payload/n", index: 0 });
    const throwing = { ...event("A", 1), toJSON: () => { throw new Error("no JSON") } };
    expect(thrown(() => sortAndDedup([event("A", 1), throwing]))).toMatchObject({ rule: "json", field: "(root)", index: 1 });
    const other = { ...event("B", 0), event_type: "Other" };
    expect(thrown(() => sortAndDedup([other, event("A", 1), throwing], { include: (item) => item.event_type !== "Other" }))).toMatchObject({ rule: "json", index: 2 });
  });
});
