import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dedupSorted } from "../../src/sort-and-dedup/dedup-sorted.ts";
import { holdEvents } from "../../src/sort-and-dedup/held-events.ts";
import { sortedOrder } from "../../src/sort-and-dedup/sorted-order.ts";
import { anyTimestampArbitrary, deepFreeze, eventIdArbitrary, type TestEvent, timestampArbitrary } from "../arbitraries.ts";
import { referenceDedup } from "../reference.ts";

/** Events with ties on every key level, timestamps written every way, and re-deliveries. */
const logArbitrary: fc.Arbitrary<readonly TestEvent[]> = fc
  .tuple(
    fc.array(
      fc.record({
        event_id: eventIdArbitrary,
        lamport_clock: fc.integer({ min: 0, max: 3 }),
        timestamp: fc.oneof(timestampArbitrary, anyTimestampArbitrary),
        event_type: fc.constant("PresenceHeartbeat"),
        payload: fc.record({ n: fc.integer({ min: 0, max: 1 }) }),
      }),
      { maxLength: 20 },
    ),
    fc.array(fc.nat(), { maxLength: 6 }),
  )
  .map(([events, picks]) => deepFreeze([...events, ...(events.length === 0 ? [] : picks.map((pick) => structuredClone(events[pick % events.length]!)))]));

/** `sortAndDedup`'s steps, with timestamp ranks from logs of `rankedLength` elements on. */
function ordered(log: readonly TestEvent[], rankedLength: number) {
  const held = holdEvents(log, undefined, false, rankedLength);
  return dedupSorted(held, sortedOrder(held));
}

describe("the sort keys", () => {
  it("give the reference's order and dedup with timestamp ranks and without (property)", () => {
    fc.assert(
      fc.property(logArbitrary, (log) => {
        const expected = referenceDedup(log);
        expect(ordered(log, 0)).toEqual(expected);
        expect(ordered(log, Number.POSITIVE_INFINITY)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("rank only logs of at least RANKED_LOG_LENGTH elements, and only once they are out of order", () => {
    const late = deepFreeze({ event_id: "B", lamport_clock: 2, timestamp: "2026-01-15T10:00:00Z", event_type: "PresenceHeartbeat", payload: { n: 0 } });
    const early = deepFreeze({ ...late, event_id: "A", lamport_clock: 1 });
    expect(holdEvents([early, late], undefined, false, 0).keys).toBeUndefined();
    expect(holdEvents([late, early], undefined, false, 0).keys?.ranked).toBe(true);
    expect(holdEvents([late, early], undefined, false, 3).keys?.ranked).toBe(false);
    expect(holdEvents([late, early], undefined, false, 3).keys?.ranks).toEqual(new Float64Array(2));
  });
});
