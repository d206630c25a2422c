import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, compareEvents, type Orderable, OrderingInputError } from "../../src/index.ts";
import { deepFreeze, eventArbitrary } from "../arbitraries.ts";

const base = deepFreeze({ event_id: "01HQ8ZQ0X6W8T3K9V5R2M4N7PA", lamport_clock: 5, timestamp: "2026-01-15T10:00:00Z", payload: { n: 1 } });

describe("compareEvents", () => {
  it("compares lamport_clock numerically first (10 after 9)", () => {
    expect(compareEvents({ ...base, lamport_clock: 10, timestamp: "2000-01-01T00:00:00Z" }, { ...base, lamport_clock: 9 })).toBe(1);
    expect(compareEvents({ ...base, lamport_clock: 9 }, { ...base, lamport_clock: 10, event_id: "0" })).toBe(-1);
  });

  it("then the timestamp key as a string, not as an instant", () => {
    // 10:00+02:00 is 08:00 UTC, earlier than 09:00Z, but its key sorts after.
    expect(compareEvents({ ...base, timestamp: "2026-01-15T10:00:00+02:00" }, { ...base, timestamp: "2026-01-15T09:00:00Z" })).toBe(1);
    expect(compareEvents({ ...base, timestamp: "2026-01-15T10:00:00Z" }, { ...base, timestamp: "2026-01-15T10:00:00.000001Z" })).toBe(-1);
  });

  it("then the upper-cased event id by code units", () => {
    expect(compareEvents({ ...base, event_id: "01HQ8ZQ0X6W8T3K9V5R2M4N7PB" }, { ...base, event_id: "01hq8zq0x6w8t3k9v5r2m4n7pa" })).toBe(1);
    expect(compareEvents({ ...base, event_id: "a" }, { ...base, event_id: "B" })).toBe(-1);
  });

  it("then the canonical JSON of the whole event; 0 only for the same content", () => {
    const same = { payload: { n: 1 }, timestamp: base.timestamp, lamport_clock: 5, event_id: base.event_id };
    expect(compareEvents(base, same)).toBe(0);
    expect(compareEvents(base, base)).toBe(0);
    const changed = { ...base, payload: { n: 2 } };
    expect(compareEvents(base, changed)).toBe(-1);
    // Equal keys (-00:00 renders as +00:00), so the raw JSON decides: "-" sorts before "Z".
    expect(compareEvents({ ...base, timestamp: "2026-01-15T10:00:00-00:00" }, base)).toBe(-1);
  });

  it("is a total order: reflexive, antisymmetric, transitive, 0 exactly for equal canonical JSON", () => {
    fc.assert(
      fc.property(eventArbitrary, eventArbitrary, eventArbitrary, (a, b, c) => {
        expect(compareEvents(a, a)).toBe(0);
        const ab = compareEvents(a, b);
        expect(Math.sign(compareEvents(b, a))).toBe(-Math.sign(ab) || 0);
        expect(ab === 0).toBe(canonicalJson(a) === canonicalJson(b));
        const bc = compareEvents(b, c);
        if (ab <= 0 && bc <= 0) expect(compareEvents(a, c)).toBeLessThanOrEqual(0);
        if (ab >= 0 && bc >= 0) expect(compareEvents(a, c)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects an invalid event without an index", () => {
    expect(() => compareEvents(base, { ...base, lamport_clock: -1 })).toThrow(expect.objectContaining({ field: "lamport_clock", rule: "minimum", index: undefined }));
    expect(() => compareEvents(null as unknown as Orderable, base)).toThrow(OrderingInputError);
  });

  it("rejects content without a JSON form only when it decides the order", () => {
    const big = { ...base, payload: { n: 1n } };
    expect(compareEvents(big, { ...big, lamport_clock: 6 })).toBe(-1);
    expect(() => compareEvents(big, { ...base })).toThrow(expect.objectContaining({ field: "/payload/n", rule: "json" }));
  });
});
