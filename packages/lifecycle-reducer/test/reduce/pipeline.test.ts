import { ArgumentError, SkError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import { reduceLifecycleEvents } from "../../src/index.js";
import { envelope, events } from "../support/events.js";

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("step 1: which events are kept", () => {
  it("keeps the five mission types and WPStatusChanged; other types are left out and not counted", () => {
    const log = [
      events.started(1),
      envelope(2, "ParticipantJoined", { mission_id: "m-1", participant_id: "p" }),
      envelope(3, "GatePassed", {}),
      envelope(4, "missionstarted", {}),
      events.wp(5, "WP01", null, "planned"),
    ];
    const state = reduceLifecycleEvents(log);
    expect(state.event_count).toBe(2);
    expect(state.last_processed_event_id).toBe(log[4]!.event_id);
    expect(state.anomalies).toEqual([]);
  });

  it("an event of another type is not checked at all (an invalid one is no anomaly)", () => {
    const broken = { ...envelope(2, "ParticipantJoined", {}), event_id: "nope", aggregate_id: "mission/other" };
    expect(reduceLifecycleEvents([events.started(1), broken]).anomalies).toEqual([]);
  });

  it("an element that is not a valid envelope is an `invalid envelope` anomaly naming the violations, and is not counted", () => {
    const badId = { ...events.phase(2, "plan"), event_id: "not-a-ulid" };
    const state = reduceLifecycleEvents([events.started(1), badId]);
    expect(state.event_count).toBe(1);
    expect(state.phases_entered).toEqual(["specify"]);
    expect(state.anomalies).toHaveLength(1);
    expect(state.anomalies[0]).toMatchObject({ event_id: "not-a-ulid", event_type: "PhaseEntered" });
    expect(state.anomalies[0]!.reason).toMatch(/^invalid envelope: \/event_id: .*\(rule: pattern\), got "not-a-ulid"$/);
  });

  it("an invalid WPStatusChanged envelope is reported here, not handed to the status reducer", () => {
    const bad = { ...events.wp(2, "WP01", null, "planned"), lamport_clock: -1 };
    const state = reduceLifecycleEvents([events.started(1), bad]);
    expect(state.wp_states).toEqual({});
    expect(state.anomalies.map((anomaly) => [anomaly.event_type, anomaly.reason.startsWith("invalid envelope: /lamport_clock")])).toEqual([["WPStatusChanged", true]]);
  });

  it("an element without a string event_type is kept and reported (null ids when not strings); nothing crashes", () => {
    const log = [null, 7, "text", [], {}, { event_type: 5, event_id: 9 }, { ...events.started(2), event_type: undefined }];
    const state = reduceLifecycleEvents(log);
    expect(state.event_count).toBe(0);
    expect(state.anomalies).toHaveLength(log.length);
    for (const anomaly of state.anomalies) expect(anomaly.reason).toMatch(/^invalid envelope: /);
    expect(state.anomalies.filter((anomaly) => anomaly.event_id !== null).map((anomaly) => [anomaly.event_id, anomaly.event_type])).toEqual([[events.started(2).event_id, null]]);
  });

  it("invalid-envelope anomalies come first, in an order that does not depend on the input's", () => {
    const bad = [{ ...events.phase(3, "x"), event_id: "b" }, { ...events.phase(4, "y"), event_id: "a" }, null];
    const log = [envelope(2, "PhaseEntered", {}), events.started(1), ...bad];
    const forward = reduceLifecycleEvents(log);
    expect(reduceLifecycleEvents([...log].reverse())).toEqual(forward);
    // Ordered by the element's canonical JSON: `null` first, then objects by their sorted keys and values.
    expect(forward.anomalies.map((anomaly) => anomaly.event_id)).toEqual([null, "a", "b", events.phase(2, "").event_id]);
  });
});

describe("step 1: sort and dedup (the shared order of @sk/event-ordering)", () => {
  it("identical copies are counted once; a conflicting copy is resolved by the shared dedup, with no anomaly", () => {
    const phase = events.phase(2, "plan");
    const rewritten = { ...phase, payload: { ...phase.payload, phase_name: "zzz" } };
    const state = reduceLifecycleEvents([events.started(1), phase, structuredClone(phase), rewritten]);
    expect(state.event_count).toBe(2);
    expect(state.anomalies).toEqual([]);
    // The kept version is the smallest canonical JSON, whatever the input order.
    expect(state.phases_entered).toEqual(["specify", "plan"]);
    expect(reduceLifecycleEvents([rewritten, events.started(1), phase])).toEqual(state);
  });

  it("event_ids are deduplicated in canonical case", () => {
    const phase = events.phase(2, "plan");
    const lower = { ...phase, event_id: phase.event_id.toLowerCase() };
    expect(reduceLifecycleEvents([events.started(1), phase, lower]).event_count).toBe(2);
  });

  it("event_count counts mission and WP events after dedup; last_processed_event_id is the last of them in the shared order", () => {
    const wp = events.wp(9, "WP01", null, "planned", { lamport_clock: 9 });
    const log = [events.started(1), events.phase(2, "plan"), wp, structuredClone(wp)];
    const state = reduceLifecycleEvents(log);
    expect(state.event_count).toBe(3);
    expect(state.last_processed_event_id).toBe(wp.event_id);
  });

  it("last_processed_event_id follows the shared order, not the in-group reordering of cancellations", () => {
    const cancel = events.cancelled(3, { lamport_clock: 2, timestamp: "2026-04-02T11:00:00Z" });
    const phase = events.phase(2, "plan", { lamport_clock: 2, timestamp: "2026-04-02T10:00:00Z" });
    const state = reduceLifecycleEvents([cancel, phase, events.started(1)]);
    expect(state.last_processed_event_id).toBe(cancel.event_id);
    const earlyCancel = { ...cancel, timestamp: "2026-04-02T09:00:00Z" };
    expect(reduceLifecycleEvents([earlyCancel, phase, events.started(1)]).last_processed_event_id).toBe(phase.event_id);
  });

  it("valid events are named by their canonical (upper-case) event_id, like the status reducer names them", () => {
    const start = { ...events.started(1), event_id: events.started(1).event_id.toLowerCase() };
    const phase = { ...events.phase(2, "plan"), event_id: events.phase(2, "plan").event_id.toLowerCase(), payload: {} };
    const state = reduceLifecycleEvents([start, phase]);
    expect(state.last_processed_event_id).toBe(events.phase(2, "plan").event_id);
    expect(state.anomalies.map((anomaly) => anomaly.event_id)).toEqual([events.phase(2, "plan").event_id]);
  });
});

describe("step 2: one mission per call", () => {
  it("valid events of two aggregate_ids are an ArgumentError naming both", () => {
    const other = events.phase(2, "plan", { aggregate_id: "mission/m-2" });
    const error = thrown(() => reduceLifecycleEvents([events.started(1), other]));
    expect(error).toBeInstanceOf(ArgumentError);
    expect(SkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "events", rule: "singleMission", value: ["mission/m-1", "mission/m-2"] });
    expect((error as Error).message).toContain('"mission/m-1","mission/m-2"');
    // Named in the shared order, so the same two whatever the input order.
    expect((thrown(() => reduceLifecycleEvents([other, events.started(1)])) as ArgumentError).value).toEqual(["mission/m-1", "mission/m-2"]);
  });

  it("a WP event of another mission counts too; other types and invalid envelopes do not", () => {
    expect(() => reduceLifecycleEvents([events.started(1), events.wp(2, "WP01", null, "planned", { aggregate_id: "mission/m-2" })])).toThrow(ArgumentError);
    const foreign = envelope(3, "ParticipantJoined", {}, { aggregate_id: "mission/m-2" });
    const invalid = { ...events.phase(4, "x", { aggregate_id: "mission/m-3" }), lamport_clock: "4" };
    expect(reduceLifecycleEvents([events.started(1), foreign, invalid]).event_count).toBe(1);
  });

  it("events is not an array: ArgumentError naming events", () => {
    for (const value of [undefined, null, {}, "[]", new Set()]) {
      expect(thrown(() => reduceLifecycleEvents(value as never))).toMatchObject({ code: "INVALID_ARGUMENT", field: "events", rule: "type" });
    }
  });
});

describe("naive timestamps", () => {
  it("an event without an offset is a valid envelope, ordered by its timestamp key (before the same wall clock with an offset)", () => {
    const naive = events.phase(3, "naive", { lamport_clock: 2, timestamp: "2026-04-02T10:00:00" });
    const utc = events.phase(2, "utc", { lamport_clock: 2, timestamp: "2026-04-02T10:00:00Z" });
    const state = reduceLifecycleEvents([utc, naive, events.started(1)]);
    expect(state.anomalies).toEqual([]);
    expect(state.event_count).toBe(3);
    // The shared order puts the naive one first, so utc is the last processed.
    expect(state.last_processed_event_id).toBe(utc.event_id);
    // Inside the lamport group the contract orders by event_id, whatever the timestamps.
    expect(state.phases_entered).toEqual(["specify", "utc", "naive"]);
  });
});
