import { ArgumentError } from "@sk/event-envelope/errors";
import type { EventEnvelope } from "@sk/event-envelope";
import { sortAndDedup } from "@sk/event-ordering";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reduceSortedStatusEvents, reduceStatusEvents } from "../../src/index.js";
import { envelope, payload } from "../support/events.js";
import { logArbitrary } from "../support/logs.js";

/** The log's status events after the shared ordering step, as a reducer that ordered the log itself holds them. */
function sortedStatusEvents(log: readonly unknown[]): EventEnvelope[] {
  return sortAndDedup(log as readonly EventEnvelope[], { include: (event) => event.event_type === "WPStatusChanged", invalid: "report" }).events;
}

const ORDERING_STEP_REASONS = ["invalid envelope", "conflicting duplicate event_id"];

describe("reduceSortedStatusEvents", () => {
  it("gives reduceStatusEvents' state on the sorted, deduplicated status events of any generated log", () => {
    fc.assert(
      fc.property(logArbitrary, (log) => {
        const sorted = sortedStatusEvents(log);
        expect(reduceSortedStatusEvents(sorted)).toEqual(reduceStatusEvents(sorted));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the full reducer's state on the whole log, less the ordering step's anomalies", () => {
    fc.assert(
      fc.property(logArbitrary, (log) => {
        const full = reduceStatusEvents(log);
        const anomalies = full.anomalies.filter(({ reason }) => !ORDERING_STEP_REASONS.some((step) => reason.startsWith(step)));
        expect(reduceSortedStatusEvents(sortedStatusEvents(log))).toEqual({ ...full, anomalies });
      }),
      { numRuns: 300 },
    );
  });

  it("accepts any subsequence of sortAndDedup's result, such as the status events of a mixed log", () => {
    const first = envelope(1, 1, payload({ to: "planned" }));
    const gate = { ...envelope(2, 2, {}), event_type: "GatePassed" };
    const second = envelope(3, 3, payload({ from: "planned", to: "claimed" }));
    const ordered = sortAndDedup([second, gate, first] as unknown as EventEnvelope[], { invalid: "report" }).events;
    const state = reduceSortedStatusEvents(ordered.filter((event) => event.event_type === "WPStatusChanged"));
    expect(state).toEqual(reduceStatusEvents([second, gate, first]));
    expect(state.wp_states["WP01"]?.current_lane).toBe("claimed");
  });

  it("returns a deeply frozen state and leaves its input alone", () => {
    const events = [envelope(1, 1, payload({ to: "planned" }))] as unknown as EventEnvelope[];
    const copy = structuredClone(events);
    const state = reduceSortedStatusEvents(events);
    expect(Object.isFrozen(state) && Object.isFrozen(state.wp_states) && Object.isFrozen(state.anomalies)).toBe(true);
    expect(events).toEqual(copy);
    expect(reduceSortedStatusEvents([])).toEqual({ wp_states: {}, anomalies: [], event_count: 0, last_processed_event_id: null });
  });
});

describe("reduceSortedStatusEvents refuses input the ordering step cannot have produced", () => {
  const at = (n: number, clock: number, overrides: Record<string, unknown> = {}): EventEnvelope =>
    envelope(n, clock, payload({ to: "planned" }), overrides) as unknown as EventEnvelope;

  function refusal(events: unknown): ArgumentError {
    try {
      reduceSortedStatusEvents(events as EventEnvelope[]);
    } catch (error) {
      if (error instanceof ArgumentError) return error;
      throw error;
    }
    throw new Error("expected an ArgumentError");
  }

  it("names `events` when it is not an array", () => {
    expect(refusal("log")).toMatchObject({ field: "events", rule: "type" });
  });

  it("names an element that is not a WPStatusChanged event", () => {
    expect(refusal([at(1, 1), null])).toMatchObject({ field: "events[1]", rule: "sortedStatusEvents", value: null });
    expect(refusal([at(1, 1), at(2, 2, { event_type: "GatePassed" })])).toMatchObject({ field: "events[1]", rule: "sortedStatusEvents" });
  });

  it("names an event that comes before the one ahead of it: a lower lamport clock, or a lower key on the same clock", () => {
    expect(refusal([at(2, 2), at(1, 1)])).toMatchObject({ field: "events[1]", rule: "sortedStatusEvents", value: "01HZ0000000000000000000001" });
    expect(refusal([at(2, 1), at(1, 1)])).toMatchObject({ field: "events[1]", rule: "sortedStatusEvents" });
    expect(refusal([at(1, 1), at(1, 1)])).toMatchObject({ field: "events[1]", rule: "sortedStatusEvents" });
  });

  it("names an event whose id came before, in any case", () => {
    const repeated = at(1, 2, { event_id: "01hz0000000000000000000001" });
    expect(refusal([at(1, 1), at(2, 1), repeated])).toMatchObject({ field: "events[2]", rule: "sortedStatusEvents", value: "01hz0000000000000000000001" });
  });
});
