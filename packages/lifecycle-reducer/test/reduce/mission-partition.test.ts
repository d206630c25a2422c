import type { EventEnvelope } from "@sk/event-envelope";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reduceLifecycleEvents, reduceLifecyclesByMission } from "../../src/index.js";
import { partitionByMission } from "../../src/reduce/mission-partition.js";
import { isOwnElement } from "../../src/reduce/own-events.js";
import { elementArbitrary } from "../support/arbitraries.js";
import { events } from "../support/events.js";

/** The plain reading of `reduceLifecyclesByMission`: each mission's own elements in input order, reduced alone. */
function perMission(log: readonly unknown[]): Record<string, unknown> {
  const byId = new Map<string, unknown[]>();
  for (const element of log) {
    if (!isOwnElement(element)) continue;
    const id = (element as EventEnvelope).aggregate_id;
    byId.set(id, [...(byId.get(id) ?? []), element]);
  }
  const ids = [...byId.keys()].sort((a, b) => (a < b ? -1 : 1));
  return Object.fromEntries(ids.map((id) => [id, reduceLifecycleEvents(byId.get(id)!)]));
}

// Dense clocks (pre-ordered), a sparse one that turns the pre-order off, and lamport clocks that are no clocks at all.
const CLOCKS = [0, 1, 2, 3, 7, 2 ** 40, Number.MAX_SAFE_INTEGER, -1, 1.5, "3", undefined];

/** Mixed logs of three missions: ids and clocks collide across missions; any element may carry an odd clock. */
const mixedLogArbitrary = fc
  .array(fc.tuple(elementArbitrary, fc.nat({ max: 2 }), fc.option(fc.constantFrom(...CLOCKS), { freq: 4 })), { maxLength: 60 })
  .map((triples) =>
    triples.map(([element, mission, clock]) => ({
      ...(element as EventEnvelope),
      aggregate_id: `mission/m-${mission}`,
      ...(clock === null ? {} : { lamport_clock: clock }),
    })),
  );

describe("partitionByMission", () => {
  it("with dense clocks, each mission's elements come by clock (no valid clock first), ties in input order", () => {
    const a = events.phase(1, "plan", { lamport_clock: 5 });
    const b = events.started(2, { lamport_clock: 1 });
    const c = events.phase(3, "review", { lamport_clock: 5, aggregate_id: "mission/m-2" });
    const d = { ...events.phase(4, "implement"), lamport_clock: -3 };
    const e = events.completed(5, { lamport_clock: 5 });
    expect(partitionByMission([a, b, c, d, { event_type: "GatePassed" }, e])).toEqual({ ids: ["mission/m-1", "mission/m-2"], elements: [[d, b, a, e], [c]] });
  });

  it("with clocks too sparse to count, each mission's elements stay in input order", () => {
    const late = events.completed(1, { lamport_clock: 2 ** 40 });
    const early = events.started(2, { lamport_clock: 1 });
    expect(partitionByMission([late, early]).elements).toEqual([[late, early]]);
  });

  it("reduceLifecyclesByMission equals reducing each mission's elements alone, in input order", () => {
    fc.assert(
      fc.property(mixedLogArbitrary, (log) => {
        const states = reduceLifecyclesByMission(log);
        const expected = perMission(log);
        expect(states).toEqual(expected);
        expect(Object.keys(states)).toEqual(Object.keys(expected));
      }),
      { numRuns: 400 },
    );
  });

  it("one event_id in two missions (even in two versions) is each mission's own event, never a duplicate across them", () => {
    const first = events.started(7, { aggregate_id: "mission/m-0" });
    const second = events.started(7, { aggregate_id: "mission/m-1" }, "plan");
    const states = reduceLifecyclesByMission([first, second, structuredClone(first)]);
    expect(states["mission/m-0"]).toEqual(reduceLifecycleEvents([first]));
    expect(states["mission/m-1"]).toEqual(reduceLifecycleEvents([second]));
    expect(states["mission/m-1"]!.current_phase).toBe("plan");
  });
});
