import { describe, expect, it } from "vitest";
import { reduceLifecycleEvents, reduceLifecyclesByMission } from "../../src/index.js";
import { envelope, events, payloads } from "../support/events.js";

function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

const log = [
  events.started(1),
  events.phase(2, "plan"),
  envelope(3, "PhaseEntered", {}),
  events.wp(4, "WP01", null, "planned"),
  { ...events.phase(5, "x"), event_id: "bad" },
  events.completed(6),
];

describe("the reduced state", () => {
  it("is deeply frozen", () => {
    expect(isDeeplyFrozen(reduceLifecycleEvents(log))).toBe(true);
    expect(isDeeplyFrozen(reduceLifecyclesByMission(log))).toBe(true);
  });

  it("is plain JSON: a JSON round trip gives a deep-equal value, keys in contract order", () => {
    const state = reduceLifecycleEvents(log);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(Object.keys(state)).toEqual([
      "mission_id",
      "mission_status",
      "mission_type",
      "current_phase",
      "phases_entered",
      "wp_states",
      "anomalies",
      "event_count",
      "last_processed_event_id",
    ]);
    expect(Object.keys(state.anomalies[0]!)).toEqual(["event_id", "event_type", "reason"]);
  });

  it("never modifies the input array or its events", () => {
    const input = [...log].reverse();
    const before = structuredClone(input);
    reduceLifecycleEvents(input);
    reduceLifecyclesByMission(input);
    expect(input).toEqual(before);
    expect(input.map((event) => event)).toEqual(before);
  });

  it("works on frozen input", () => {
    const frozen = Object.freeze(log.map((event) => Object.freeze(structuredClone(event))));
    expect(reduceLifecycleEvents(frozen)).toEqual(reduceLifecycleEvents(log));
  });

  it("is safe for __proto__, constructor and toString as phases, types and aggregate ids", () => {
    const hostile = [
      envelope(1, "MissionStarted", payloads.started("__proto__", { mission_id: "__proto__", mission_type: "constructor" }), { aggregate_id: "__proto__" }),
      envelope(2, "PhaseEntered", payloads.phase("toString"), { aggregate_id: "__proto__" }),
    ];
    const state = reduceLifecycleEvents(hostile);
    expect(state).toMatchObject({ mission_id: "__proto__", mission_type: "constructor", phases_entered: ["__proto__", "toString"] });
    const byMission = reduceLifecyclesByMission(hostile);
    expect(Object.keys(byMission)).toEqual(["__proto__"]);
    expect(Object.hasOwn(byMission, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(byMission, "__proto__")?.value).toEqual(state);
    expect(JSON.parse(JSON.stringify(byMission))).toEqual({ ["__proto__"]: JSON.parse(JSON.stringify(state)) });
  });
});
