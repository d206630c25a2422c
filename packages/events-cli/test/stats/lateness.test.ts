import { compareEvents, type Orderable } from "@sk/event-ordering";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureLateness } from "../../src/stats/lateness.ts";
import { ulid } from "../support/events.ts";

/** The definition, in O(n²). */
function bruteForce(events: readonly Orderable[]) {
  let late = 0;
  let positions = 0;
  let lamport = 0;
  events.forEach((event, at) => {
    const before = events.slice(0, at);
    const later = before.filter((other) => compareEvents(other, event) > 0).length;
    if (later > 0) late++;
    positions = Math.max(positions, later);
    lamport = Math.max(lamport, ...before.map((other) => other.lamport_clock - event.lamport_clock));
  });
  return { late_events: late, max_positions: positions, max_lamport: lamport };
}

const orderable = fc.record({
  event_id: fc.integer({ min: 0, max: 6 }).map(ulid),
  lamport_clock: fc.integer({ min: 0, max: 5 }),
  timestamp: fc.constantFrom("2026-01-01T00:00:00Z", "2026-01-01T00:00:00.5Z", "2026-01-01T01:00:00+01:00"),
});

describe("measureLateness", () => {
  it("is zero for canonical order and for an empty log", () => {
    expect(measureLateness([])).toEqual({ late_events: 0, max_positions: 0, max_lamport: 0 });
    const events = [1, 2, 3].map((n) => ({ event_id: ulid(n), lamport_clock: n, timestamp: "2026-01-01T00:00:00Z" }));
    expect(measureLateness([events[0]!, events[1]!, events[1]!, events[2]!])).toEqual({ late_events: 0, max_positions: 0, max_lamport: 0 });
  });

  it("equals the O(n²) definition for any arrival order, ties and copies included", () => {
    fc.assert(
      fc.property(fc.array(orderable, { maxLength: 40 }), (events) => {
        expect(measureLateness(events)).toEqual(bruteForce(events));
      }),
      { numRuns: 300 },
    );
  });
});
