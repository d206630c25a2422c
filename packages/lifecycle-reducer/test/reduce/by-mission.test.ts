import { describe, expect, it } from "vitest";
import { reduceLifecycleEvents, reduceLifecyclesByMission } from "../../src/index.js";
import { envelope, events } from "../support/events.js";

const other = { aggregate_id: "mission/m-0" };

describe("reduceLifecyclesByMission", () => {
  it("partitions by aggregate_id and reduces each mission like reduceLifecycleEvents", () => {
    const m1 = [events.started(1), events.phase(3, "plan"), events.wp(5, "WP01", null, "planned")];
    const m0 = [events.started(2, other, "research"), events.completed(4, other)];
    const states = reduceLifecyclesByMission([m1[2], m0[1], m1[0], m0[0], m1[1], m0[1]]);
    expect(states).toEqual({ "mission/m-0": reduceLifecycleEvents(m0), "mission/m-1": reduceLifecycleEvents(m1) });
    expect(Object.keys(states)).toEqual(["mission/m-0", "mission/m-1"]);
  });

  it("an empty log, or one without mission or WP events, gives {}", () => {
    expect(reduceLifecyclesByMission([])).toEqual({});
    expect(reduceLifecyclesByMission([envelope(1, "ParticipantJoined", {}), { event_type: "GatePassed" }])).toEqual({});
  });

  it("keys are in code-unit order", () => {
    const ids = ["mission/b", "mission/B", "mission/a", "mission/ä", "mission/10", "mission/9"];
    const log = ids.map((aggregateId, n) => events.started(n, { aggregate_id: aggregateId }));
    expect(Object.keys(reduceLifecyclesByMission(log))).toEqual(["mission/10", "mission/9", "mission/B", "mission/a", "mission/b", "mission/ä"]);
  });

  it("an invalid envelope with a string aggregate_id is an anomaly of that mission", () => {
    const bad = { ...events.phase(2, "plan", other), timestamp: "yesterday" };
    const states = reduceLifecyclesByMission([events.started(1), bad]);
    expect(states["mission/m-0"]!.anomalies.map((anomaly) => anomaly.reason.slice(0, 30))).toEqual(["invalid envelope: /timestamp: "]);
    expect(states["mission/m-0"]!.event_count).toBe(0);
  });

  it("a mission, WP or typeless element that names no mission is an ArgumentError naming it (never dropped)", () => {
    const { aggregate_id: _removed, ...noMission } = events.phase(2, "plan");
    expect(() => reduceLifecyclesByMission([events.started(1), noMission])).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: "events[1].aggregate_id", rule: "minLength", value: undefined }),
    );
    expect(() => reduceLifecyclesByMission([{ ...events.wp(1, "WP01", null, "planned"), aggregate_id: "" }])).toThrow(
      expect.objectContaining({ field: "events[0].aggregate_id", value: "" }),
    );
    expect(() => reduceLifecyclesByMission([events.started(1), null])).toThrow(expect.objectContaining({ field: "events[1]", rule: "type", value: null }));
    expect(() => reduceLifecyclesByMission([{ event_type: 3, aggregate_id: 4 }])).toThrow(expect.objectContaining({ field: "events[0].aggregate_id", value: 4 }));
  });

  it("elements of other types need no aggregate_id", () => {
    expect(reduceLifecyclesByMission([{ event_type: "ParticipantJoined" }, events.started(1)])).toEqual({ "mission/m-1": reduceLifecycleEvents([events.started(1)]) });
  });

  it("events is not an array: ArgumentError naming events", () => {
    expect(() => reduceLifecyclesByMission("log" as never)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "events", rule: "type" }));
  });
});
