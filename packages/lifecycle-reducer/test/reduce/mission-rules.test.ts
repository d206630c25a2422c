import { describe, expect, it } from "vitest";
import { reduceLifecycleEvents } from "../../src/index.js";
import { envelope, events, payloads } from "../support/events.js";

const reasons = (log: readonly unknown[]) => reduceLifecycleEvents(log).anomalies.map((anomaly) => [anomaly.event_id, anomaly.event_type, anomaly.reason]);
const id = (event: { readonly event_id: string }) => event.event_id;

describe("before a valid MissionStarted", () => {
  it("mission_id, mission_status, mission_type and current_phase are null; phases_entered is empty", () => {
    expect(reduceLifecycleEvents([])).toEqual({
      mission_id: null,
      mission_status: null,
      mission_type: null,
      current_phase: null,
      phases_entered: [],
      wp_states: {},
      anomalies: [],
      event_count: 0,
      last_processed_event_id: null,
    });
  });
});

describe("rule 1: the status is terminal", () => {
  it.each(["completed", "cancelled"] as const)("after %s every mission event is `Event after terminal state ({status})`, whatever its type and payload", (status) => {
    const end = status === "completed" ? events.completed(2) : events.cancelled(2);
    const later = [
      events.started(3),
      events.phase(4, "plan"),
      events.rollback(5, "plan"),
      events.completed(6),
      events.cancelled(7),
      envelope(8, "PhaseEntered", { mission_id: "m-1" }),
      envelope(9, "MissionStarted", {}),
    ];
    const state = reduceLifecycleEvents([events.started(1), end, ...later]);
    expect(state.mission_status).toBe(status);
    expect(state.anomalies.map((anomaly) => anomaly.reason)).toEqual(later.map(() => `Event after terminal state (${status})`));
    expect(state.anomalies.map((anomaly) => anomaly.event_id)).toEqual(later.map(id));
    expect(state.phases_entered).toEqual(["specify"]);
  });
});

describe("rule 2: MissionStarted when already started", () => {
  it("is `Duplicate MissionStarted (first one wins)`, even with an invalid payload", () => {
    const second = events.started(2, {}, "plan");
    const invalid = envelope(3, "MissionStarted", { mission_id: "m-1" });
    const state = reduceLifecycleEvents([events.started(1), second, invalid]);
    expect(state.current_phase).toBe("specify");
    expect(state.phases_entered).toEqual(["specify"]);
    expect(reasons([events.started(1), second, invalid])).toEqual([
      [id(second), "MissionStarted", "Duplicate MissionStarted (first one wins)"],
      [id(invalid), "MissionStarted", "Duplicate MissionStarted (first one wins)"],
    ]);
  });
});

describe("rule 3: MissionStarted", () => {
  it("valid: sets mission_id, mission_type, status active, current_phase; appends initial_phase", () => {
    const state = reduceLifecycleEvents([envelope(1, "MissionStarted", payloads.started("research", { mission_id: "m-1", mission_type: "docs" }))]);
    expect(state).toMatchObject({ mission_id: "m-1", mission_type: "docs", mission_status: "active", current_phase: "research", phases_entered: ["research"], anomalies: [] });
  });

  it("invalid: `Invalid MissionStarted payload`; the mission stays unstarted and a later valid one starts it", () => {
    const invalid = envelope(1, "MissionStarted", { mission_id: "m-1", mission_type: "software-dev", actor: "prt-ana" });
    const before = events.phase(2, "plan");
    const state = reduceLifecycleEvents([invalid, before, events.started(3, {}, "research")]);
    expect(state.mission_status).toBe("active");
    expect(state.current_phase).toBe("research");
    expect(reasons([invalid, before, events.started(3)])).toEqual([
      [id(invalid), "MissionStarted", "Invalid MissionStarted payload"],
      [id(before), "PhaseEntered", "Event before MissionStarted"],
    ]);
  });

  it("the payload's mission_id is taken as given (it is not compared with the aggregate_id)", () => {
    const state = reduceLifecycleEvents([envelope(1, "MissionStarted", payloads.started("specify", { mission_id: "other" }))]);
    expect(state.mission_id).toBe("other");
  });
});

describe("rule 4: any other type before a start", () => {
  it.each([
    ["PhaseEntered", payloads.phase("plan")],
    ["ReviewRollback", payloads.rollback("plan")],
    ["MissionCompleted", payloads.completed()],
    ["MissionCancelled", payloads.cancelled()],
    ["PhaseEntered", { mission_id: "m-1" }],
  ] as const)("%s is `Event before MissionStarted`, before its payload is looked at", (eventType, payload) => {
    const event = envelope(1, eventType, payload);
    expect(reasons([event])).toEqual([[id(event), eventType, "Event before MissionStarted"]]);
    expect(reduceLifecycleEvents([event]).mission_status).toBeNull();
  });
});

describe("rule 5: invalid payload after the start", () => {
  it.each([
    ["PhaseEntered", { mission_id: "m-1", phase_name: "", actor: "a" }],
    ["ReviewRollback", { mission_id: "m-1", target_phase: "plan", actor: "a" }],
    ["MissionCompleted", { mission_id: "m-1", actor: "a" }],
    ["MissionCancelled", { mission_id: "m-1", actor: "a", cancelled_wp_ids: null }],
    ["PhaseEntered", {}],
  ] as const)("%s: `Invalid {event_type} payload`, and nothing changes", (eventType, payload) => {
    const event = envelope(2, eventType, payload);
    const state = reduceLifecycleEvents([events.started(1), event]);
    expect(state.anomalies).toEqual([{ event_id: id(event), event_type: eventType, reason: `Invalid ${eventType} payload` }]);
    expect(state).toMatchObject({ mission_status: "active", current_phase: "specify", phases_entered: ["specify"] });
  });

  it("an envelope without a payload has the payload {} and so an invalid one", () => {
    const { payload: _dropped, ...bare } = events.phase(2, "plan");
    expect(reasons([events.started(1), bare])).toEqual([[bare.event_id, "PhaseEntered", "Invalid PhaseEntered payload"]]);
  });
});

describe("rule 6: apply", () => {
  it("PhaseEntered appends phase_name and sets current_phase; repeats are kept", () => {
    const state = reduceLifecycleEvents([events.started(1), events.phase(2, "plan"), events.phase(3, "plan"), events.phase(4, "implement")]);
    expect(state.phases_entered).toEqual(["specify", "plan", "plan", "implement"]);
    expect(state.current_phase).toBe("implement");
  });

  it("ReviewRollback appends target_phase and sets current_phase", () => {
    const state = reduceLifecycleEvents([events.started(1), events.phase(2, "review"), events.rollback(3, "implement")]);
    expect(state.phases_entered).toEqual(["specify", "review", "implement"]);
    expect(state.current_phase).toBe("implement");
  });

  it("MissionCompleted sets completed and nothing else (final_phase and mission_type are not compared)", () => {
    const done = envelope(2, "MissionCompleted", payloads.completed({ final_phase: "never-entered", mission_type: "other" }));
    expect(reduceLifecycleEvents([events.started(1), done])).toMatchObject({ mission_status: "completed", mission_type: "software-dev", current_phase: "specify", anomalies: [] });
  });

  it("MissionCancelled sets cancelled (cancelled_wp_ids is not read)", () => {
    const cancel = envelope(2, "MissionCancelled", payloads.cancelled({ cancelled_wp_ids: ["WP-unknown"] }));
    expect(reduceLifecycleEvents([events.started(1), cancel])).toMatchObject({ mission_status: "cancelled", current_phase: "specify", anomalies: [] });
  });

  it("previous_phase, affected_wp_ids and the payload's mission_id are not compared with anything", () => {
    const log = [
      events.started(1),
      envelope(2, "PhaseEntered", payloads.phase("plan", { previous_phase: "not-the-current-one", mission_id: "m-9" })),
      envelope(3, "ReviewRollback", payloads.rollback("specify", { affected_wp_ids: ["WP-x"], mission_id: "m-9" })),
    ];
    expect(reduceLifecycleEvents(log)).toMatchObject({ mission_id: "m-1", current_phase: "specify", anomalies: [] });
  });
});

describe("step 3: lamport groups", () => {
  it("groups run in ascending lamport order, whatever the timestamps", () => {
    const late = events.phase(2, "plan", { lamport_clock: 5, timestamp: "2026-01-01T00:00:00Z" });
    const early = events.phase(3, "implement", { lamport_clock: 4, timestamp: "2027-01-01T00:00:00Z" });
    expect(reduceLifecycleEvents([events.started(1), late, early]).phases_entered).toEqual(["specify", "implement", "plan"]);
  });

  it("inside a group events are ordered by event_id, not by timestamp", () => {
    const a = events.phase(2, "plan", { lamport_clock: 2, timestamp: "2026-04-02T12:00:00Z" });
    const b = events.phase(3, "implement", { lamport_clock: 2, timestamp: "2026-04-02T11:00:00Z" });
    expect(reduceLifecycleEvents([events.started(1), b, a]).phases_entered).toEqual(["specify", "plan", "implement"]);
  });

  it("inside a group event_ids compare in canonical (upper) case", () => {
    const a = events.phase(11, "plan", { lamport_clock: 2 });
    const b = events.phase(10, "implement", { lamport_clock: 2, event_id: events.phase(10, "x").event_id.toLowerCase() });
    expect(reduceLifecycleEvents([events.started(1), a, b]).phases_entered).toEqual(["specify", "implement", "plan"]);
  });

  it("a cancellation comes after every other event of its group, even with the smallest id", () => {
    const cancel = events.cancelled(2, { lamport_clock: 3 });
    const phase = events.phase(3, "review", { lamport_clock: 3 });
    const complete = events.completed(4, { lamport_clock: 3 });
    const state = reduceLifecycleEvents([cancel, events.started(1), phase, complete]);
    expect(state.mission_status).toBe("completed");
    expect(state.phases_entered).toEqual(["specify", "review"]);
    expect(state.anomalies).toEqual([{ event_id: id(cancel), event_type: "MissionCancelled", reason: "Event after terminal state (completed)" }]);
  });

  it("a start in the same group as a phase: the event_id decides (a phase with a smaller id comes before the start)", () => {
    const phase = events.phase(1, "plan", { lamport_clock: 1 });
    const start = events.started(2, { lamport_clock: 1 });
    expect(reasons([start, phase])).toEqual([[id(phase), "PhaseEntered", "Event before MissionStarted"]]);
  });

  it("two cancellations in one group: by event_id, the second hits the terminal state", () => {
    const first = events.cancelled(2, { lamport_clock: 2 });
    const second = events.cancelled(3, { lamport_clock: 2 });
    expect(reasons([second, events.started(1), first])).toEqual([[id(second), "MissionCancelled", "Event after terminal state (cancelled)"]]);
  });
});
