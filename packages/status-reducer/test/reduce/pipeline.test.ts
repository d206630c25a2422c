import { ArgumentError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import { reduceStatusEvents, UNKNOWN_WP_ID } from "../../src/index.js";
import { envelope, payload, transition, ulid } from "../support/events.js";
import { lanesOf, reasonsOf, reduce } from "../support/reduce.js";

describe("step 1: filter", () => {
  it("ignores events of other types and does not count them", () => {
    const gate = envelope(2, 2, { gate_name: "ci" }, { event_type: "GatePassed" });
    const invalidOther = { event_type: "MissionStarted", lamport_clock: "not a clock" };
    const state = reduce([transition(1, 1, { to: "planned" }), gate, invalidOther]);
    expect(state.event_count).toBe(1);
    expect(state.anomalies).toEqual([]);
    expect(state.last_processed_event_id).toBe(ulid(1));
  });

  it("throws ArgumentError naming events when it is not an array", () => {
    for (const value of [null, {}, "[]", undefined]) {
      expect(() => reduceStatusEvents(value as unknown as unknown[])).toThrow(ArgumentError);
    }
    try {
      reduceStatusEvents({} as unknown as unknown[]);
    } catch (error) {
      expect((error as ArgumentError).field).toBe("events");
      expect((error as ArgumentError).code).toBe("INVALID_ARGUMENT");
    }
  });

  it("throws OrderingInputError (from the ordering step) for content without a JSON form it must compare", () => {
    const a = transition(1, 1, { to: "planned", note: BigInt(1) });
    const b = transition(1, 1, { to: "planned", note: BigInt(2) });
    expect(() => reduceStatusEvents([a, b])).toThrow(expect.objectContaining({ code: "ORDERING_INPUT", rule: "json" }));
  });

  it("returns the empty state for an empty log", () => {
    expect(reduce([])).toEqual({ wp_states: {}, anomalies: [], event_count: 0, last_processed_event_id: null });
  });
});

describe("step 1: invalid envelopes", () => {
  it("an invalid WPStatusChanged envelope is an anomaly starting `invalid envelope`, lanes null, not counted", () => {
    const broken = transition(1, 1, { wp: "WP07", from: "planned", to: "claimed" }, { project_uuid: "not-a-uuid" });
    const state = reduce([broken, transition(2, 1, { to: "planned" })]);
    expect(state.event_count).toBe(1);
    expect(state.anomalies).toHaveLength(1);
    const [anomaly] = state.anomalies;
    expect(anomaly).toMatchObject({ event_id: ulid(1), wp_id: "WP07", from_lane: null, to_lane: null });
    expect(anomaly?.reason.startsWith("invalid envelope")).toBe(true);
    expect(anomaly?.reason).toContain("project_uuid");
    expect(lanesOf(state)).toEqual({ WP01: "planned" });
  });

  it("an element without a string event_type counts as a status event, so it is an invalid envelope", () => {
    const withoutType = { ...transition(3, 1, { wp: "WP02", to: "planned" }) };
    delete withoutType["event_type"];
    const state = reduce([null, 42, "event", [], { event_type: 7, payload: { wp_id: "WP09" } }, withoutType]);
    expect(state.event_count).toBe(0);
    expect(state.anomalies).toHaveLength(6);
    for (const anomaly of state.anomalies) {
      expect(anomaly.reason.startsWith("invalid envelope")).toBe(true);
      expect(anomaly.from_lane).toBeNull();
      expect(anomaly.to_lane).toBeNull();
    }
    expect(state.anomalies.map(({ wp_id }) => wp_id).sort()).toEqual([UNKNOWN_WP_ID, UNKNOWN_WP_ID, UNKNOWN_WP_ID, UNKNOWN_WP_ID, "WP02", "WP09"].sort());
    expect(state.anomalies.find(({ wp_id }) => wp_id === "WP02")?.event_id).toBe(ulid(3));
  });

  it("gives event_id the raw value when it is a string, else null; wp_id <unknown> unless a non-empty string", () => {
    const lower = transition(4, 1, { wp: "", to: "planned" }, { event_id: ulid(4).toLowerCase(), lamport_clock: -1 });
    const numeric = transition(5, 1, { wp: "WP05", to: "planned" }, { event_id: 5 });
    const state = reduce([lower, numeric]);
    expect(state.anomalies.map(({ event_id, wp_id }) => [event_id, wp_id])).toEqual(
      expect.arrayContaining([
        [ulid(4).toLowerCase(), UNKNOWN_WP_ID],
        [null, "WP05"],
      ]),
    );
  });

  it("reports a lamport_clock of any type (a string, a bigint, an object) as an invalid envelope, without throwing", () => {
    const clocks: unknown[] = ["3", 3n, { valueOf: () => 3 }, null];
    const state = reduce([transition(1, 1, { to: "planned" }), ...clocks.map((clock, at) => transition(2 + at, 1, { wp: "WP02", to: "planned" }, { lamport_clock: clock }))]);
    expect(state.event_count).toBe(1);
    expect(reasonsOf(state)).toHaveLength(clocks.length);
    expect(reasonsOf(state).every((reason) => reason.startsWith("invalid envelope") && reason.includes("lamport_clock"))).toBe(true);
    expect(lanesOf(state)).toEqual({ WP01: "planned" });
  });

  it("lists invalid envelopes first, whatever the input order", () => {
    const broken = [transition(1, 1, { to: "planned" }, { node_id: "" }), transition(2, 2, { to: "planned" }, { timestamp: "yesterday" })];
    const bad = transition(3, 3, { wp: "WP01", to: "nowhere" });
    const forward = reduce([bad, ...broken]);
    expect(reduce([...broken].reverse().concat(bad))).toEqual(forward);
    expect(forward.anomalies.slice(0, 2).every(({ reason }) => reason.startsWith("invalid envelope"))).toBe(true);
    expect(forward.anomalies[2]?.reason.startsWith("payload validation failed")).toBe(true);
  });
});

describe("step 1: sort and dedup", () => {
  it("orders by lamport clock, then timestamp key, then event_id, not by input order", () => {
    const log = [
      transition(3, 3, { from: "claimed", to: "in_progress" }),
      transition(1, 1, { to: "planned" }),
      transition(2, 2, { from: "planned", to: "claimed" }),
    ];
    const state = reduce(log);
    expect(lanesOf(state)).toEqual({ WP01: "in_progress" });
    expect(state.anomalies).toEqual([]);
    expect(state.last_processed_event_id).toBe(ulid(3));
  });

  it("drops identical duplicates silently", () => {
    const first = transition(1, 1, { to: "planned" });
    const state = reduce([first, structuredClone(first), structuredClone(first)]);
    expect(state.event_count).toBe(1);
    expect(state.anomalies).toEqual([]);
  });

  it("keeps one version of a conflicting duplicate deterministically and reports `conflicting duplicate event_id`", () => {
    const early = transition(1, 1, { to: "planned" }, { timestamp: "2026-03-01T09:00:00Z" });
    const late = transition(1, 1, { to: "blocked" }, { timestamp: "2026-03-01T09:30:00Z" });
    for (const log of [
      [early, late],
      [late, early],
    ]) {
      const state = reduce(log);
      expect(state.event_count).toBe(1);
      expect(state.anomalies).toEqual([{ event_id: ulid(1), wp_id: "WP01", from_lane: null, to_lane: "planned", reason: "conflicting duplicate event_id" }]);
      expect(lanesOf(state)).toEqual({ WP01: "planned" });
    }
  });

  it("reports conflicts after invalid envelopes and before payload anomalies", () => {
    const broken = transition(9, 9, { to: "planned" }, { correlation_id: "x" });
    const invalidPayload = transition(2, 0, { wp: "WP02", to: "planned", force: true });
    const conflictA = transition(5, 5, { to: "planned" });
    const conflictB = transition(5, 5, { to: "planned", actor: "agent-b" });
    const state = reduce([conflictA, invalidPayload, broken, conflictB]);
    expect(reasonsOf(state).map((reason) => reason.split(":")[0])).toEqual(["invalid envelope", "conflicting duplicate event_id", "payload validation failed"]);
  });

  it("counts the status events after dedup, invalid payloads included; last_processed_event_id is the last processed", () => {
    const log = [transition(1, 1, { to: "planned" }), envelope(2, 2, { wp_id: "WP01" }), transition(2, 2, { to: "x" }), envelope(3, 3, payload({ to: "nowhere" }))];
    const state = reduce(log);
    expect(state.event_count).toBe(3);
    expect(state.last_processed_event_id).toBe(ulid(3));
  });

  it("canonicalises event ids to upper case in the output", () => {
    const lower = transition(1, 1, { to: "planned" }, { event_id: ulid(1).toLowerCase() });
    const state = reduce([lower]);
    expect(state.wp_states["WP01"]?.last_event_id).toBe(ulid(1));
    expect(state.last_processed_event_id).toBe(ulid(1));
  });
});
