import { ArgumentError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import { InvalidEnvelopeError, reduceCollaborationEvents } from "../../src/index.ts";
import { expectDeepEqual } from "../support/deep-equal.ts";
import { deepFreeze, identity, isDeepFrozen, MISSION, Stream } from "../support/events.ts";
import { EMPTY_STATE, given } from "../support/given.ts";

const TRICKY_IDS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"] as const;

function trickyStream(): Stream {
  const stream = new Stream();
  for (const pid of TRICKY_IDS) stream.join(pid);
  for (const pid of TRICKY_IDS) {
    stream.heartbeat(pid);
    stream.intent(pid, "active");
    stream.focus(pid, pid);
    stream.start(pid, pid);
    stream.link(pid, pid);
  }
  stream.driverWarning("__proto__", ["__proto__", "constructor"]);
  stream.ack("toString", "__proto__", "hold");
  stream.ack("__proto__", "__proto__", "continue");
  stream.ack("constructor", "__proto__", "defer");
  // Overwrites in place: the acknowledgements are copied key by key on every change.
  stream.ack("__proto__", "__proto__", "reassign");
  stream.leave("valueOf");
  return stream;
}

describe("reduceCollaborationEvents: pipeline", () => {
  it("no events: the empty state", () => {
    given([]).then({});
  });

  it("ignores events of other types and does not count them", () => {
    const stream = new Stream();
    const join = stream.join("p1");
    const foreign = { ...stream.make("PresenceHeartbeat", { participant_id: "p1" }), event_type: "WPStatusChanged", lamport_clock: 99 };
    given([join, foreign, { event_type: "MissionStarted", payload: "anything" } as never]).then({
      mission_id: MISSION,
      participants: { p1: identity("p1") },
      event_count: 1,
      last_processed_event_id: join.event_id,
    });
  });

  it("gives the same state with other events anywhere in the input, first and last included", () => {
    const stream = new Stream();
    stream.join("p1");
    stream.heartbeat("p1");
    stream.add("DriveIntentSet", { participant_id: "p1", intent: "active" });
    const foreign = (at: number) => ({ ...stream.make("PresenceHeartbeat", { participant_id: "p1" }), event_type: `Other${at}` });
    const alone = reduceCollaborationEvents(stream.events);
    for (let at = 0; at <= stream.events.length; at++) {
      const mixed = Object.freeze([foreign(0), ...stream.events.slice(0, at), foreign(1), foreign(2), ...stream.events.slice(at), foreign(3)]);
      expect(reduceCollaborationEvents(mixed)).toStrictEqual(alone);
      expect(reduceCollaborationEvents(mixed, { mode: "permissive" })).toStrictEqual(reduceCollaborationEvents(stream.events, { mode: "permissive" }));
    }
  });

  it("processes events in ordering-key order, whatever the input order", () => {
    const stream = new Stream();
    stream.join("p1");
    stream.heartbeat("p1", { timestamp: "2026-01-15T10:00:00Z" });
    stream.heartbeat("p1", { timestamp: "2026-01-15T09:00:00Z" });
    const reversed = [...stream.events].reverse();
    given(reversed).then({
      mission_id: MISSION,
      participants: { p1: identity("p1") },
      presence: { p1: "2026-01-15T09:00:00Z" },
      event_count: 3,
      last_processed_event_id: stream.events[2]!.event_id,
    });
  });

  it("orders equal lamport clocks by the timestamp key (a string, not an instant) and then the id", () => {
    const stream = new Stream();
    stream.join("p1", "human", {});
    // Same instant, different keys: 12:00+02:00 sorts after 10:00:00.5+00:00 as a string.
    stream.heartbeat("p1", { lamport: 5, timestamp: "2026-01-15T12:00:00+02:00", id: 3 });
    stream.heartbeat("p1", { lamport: 5, timestamp: "2026-01-15T10:00:00.5Z", id: 2 });
    const state = reduceCollaborationEvents([...stream.events].reverse());
    expect(state.presence).toStrictEqual({ p1: "2026-01-15T12:00:00+02:00" });
  });
});

describe("reduceCollaborationEvents: output", () => {
  it("is deeply frozen plain JSON: a JSON round trip deep-equals it", () => {
    const state = reduceCollaborationEvents(trickyStream().events);
    expect(isDeepFrozen(state)).toBe(true);
    expectDeepEqual(JSON.parse(JSON.stringify(state)), state);
  });

  it("is safe for ids such as __proto__, constructor and toString, as own keys of plain objects", () => {
    const state = reduceCollaborationEvents(trickyStream().events);
    for (const map of [state.participants, state.presence, state.focus_by_participant, state.active_executions, state.linked_sessions]) {
      expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    }
    expect(Object.keys(state.participants)).toStrictEqual(["__proto__", "constructor", "toString", "hasOwnProperty"]);
    expectDeepEqual(Object.getOwnPropertyDescriptor(state.participants, "__proto__")?.value, identity("__proto__"));
    expect(Object.keys(state.departed_participants)).toStrictEqual(["valueOf"]);
    expect(Object.keys(state.presence)).toStrictEqual(["__proto__", "constructor", "toString", "hasOwnProperty"]);
    expect(state.active_drivers).toStrictEqual(["__proto__", "constructor", "hasOwnProperty", "toString"]);
    expect(Object.keys(state.participants_by_focus)).toStrictEqual(["wp:__proto__", "wp:constructor", "wp:toString", "wp:hasOwnProperty"]);
    expect(Object.getOwnPropertyDescriptor(state.active_executions, "__proto__")?.value).toStrictEqual(["__proto__"]);
    expect(Object.keys(state.linked_sessions)).toStrictEqual([...TRICKY_IDS]);
    expect(state.warnings[0]).toMatchObject({ warning_id: "__proto__", participant_ids: ["__proto__", "constructor"] });
    const acknowledgements = state.warnings[0]!.acknowledgements;
    expect(Object.getPrototypeOf(acknowledgements)).toBe(Object.prototype);
    expect(Object.keys(acknowledgements)).toStrictEqual(["toString", "__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(acknowledgements, "toString")?.value).toBe("hold");
    expect(Object.getOwnPropertyDescriptor(acknowledgements, "__proto__")?.value).toBe("reassign");
    expect(Object.getOwnPropertyDescriptor(acknowledgements, "constructor")?.value).toBe("defer");
  });

  it("never modifies its input (deeply frozen events are fine)", () => {
    const events = trickyStream().events;
    const copy = structuredClone(events);
    deepFreeze(events);
    reduceCollaborationEvents(events, { mode: "permissive" });
    reduceCollaborationEvents(events, { mode: "strict" });
    expectDeepEqual(events, copy);
  });

  it("shares nothing mutable between results", () => {
    const events = trickyStream().events;
    const first = reduceCollaborationEvents(events);
    const second = reduceCollaborationEvents(events);
    expect(first).not.toBe(second);
    expectDeepEqual(first, second);
  });
});

describe("reduceCollaborationEvents: argument errors", () => {
  it.each([
    [{ mode: "lenient" }, "options.mode"],
    [{ mode: null }, "options.mode"],
    [{ missionId: "" }, "options.missionId"],
    [{ missionId: 7 }, "options.missionId"],
    [{ roster: [] }, "options.roster"],
    [{ roster: null }, "options.roster"],
    [{ roster: { "": { participant_id: "x", participant_type: "human" } } }, 'options.roster[""]'],
    [{ roster: { p1: { participant_id: "p1", participant_type: "robot" } } }, 'options.roster["p1"].participant_type'],
    [{ roster: { p1: { participant_type: "human" } } }, 'options.roster["p1"].participant_id'],
    [{ roster: { p1: "p1" } }, 'options.roster["p1"]'],
    [{ missionID: "typo" }, "options.missionID"],
    ["strict", "options"],
    [null, "options"],
  ])("bad options %j → ArgumentError naming %s", (options, field) => {
    let caught: unknown;
    try {
      reduceCollaborationEvents([], options as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArgumentError);
    expect((caught as ArgumentError).field).toBe(field);
    expect((caught as ArgumentError).message).toContain(field);
  });

  it("accepts a roster with a null-prototype object and normalises identities", () => {
    const roster = Object.assign(Object.create(null) as Record<string, unknown>, { p1: { participant_id: "p1", participant_type: "human", extra: 1 } });
    const state = reduceCollaborationEvents([], { roster: roster as never });
    expectDeepEqual(state.participants, { p1: identity("p1") });
  });

  it.each([[undefined], [null], ["events"], [{ length: 1 }], [42]])("events %j that is not an array → ArgumentError naming events", (events) => {
    expect(() => reduceCollaborationEvents(events as never)).toThrow(ArgumentError);
    expect(() => reduceCollaborationEvents(events as never)).toThrow(/^events: /);
  });

  it.each([[null], [undefined], ["text"], [7], [[]]])("an element %j that is not an object: strict names it in one InvalidEnvelopeError, permissive skips it", (element) => {
    const stream = new Stream();
    const events = [stream.join("p1"), element] as never;
    expect(() => reduceCollaborationEvents(events)).toThrow(InvalidEnvelopeError);
    expect(() => reduceCollaborationEvents(events)).toThrow(/\n {2}- events\[1\]: \(root\): /);
    const state = reduceCollaborationEvents(events, { mode: "permissive" });
    expect(state.event_count).toBe(1);
    expect(state.anomalies).toMatchObject([{ event_id: null, event_type: null, code: "INVALID_ENVELOPE" }]);
  });

  it("a collaboration event with a bad ordering field is an invalid envelope located by the caller's index", () => {
    const stream = new Stream();
    const join = stream.join("p1");
    const foreign = { event_type: "Other" };
    const bad = { ...stream.make("PresenceHeartbeat", { participant_id: "p1" }), lamport_clock: -1 };
    let caught: unknown;
    try {
      reduceCollaborationEvents([foreign, join, foreign, bad] as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidEnvelopeError);
    expect((caught as InvalidEnvelopeError).violations).toMatchObject([{ path: "/3/lamport_clock", rule: "minimum", value: -1 }]);
    expect((caught as Error).message).toContain(`events[3] event_id "${bad.event_id}" event_type "PresenceHeartbeat": /lamport_clock: `);
  });

  it("lists every malformed element, whatever their order; the live reducer still answers per call", () => {
    const stream = new Stream();
    const badClock = { ...stream.make("PresenceHeartbeat", { participant_id: "p1" }), lamport_clock: -1 };
    for (const events of [[badClock, null], [null, badClock]]) {
      expect(() => reduceCollaborationEvents(events as never)).toThrow(/\(2 elements not a valid event envelope\)/);
    }
  });

  it("a bad timestamp or event_id is named the same way", () => {
    const stream = new Stream();
    const bad = { ...stream.make("PresenceHeartbeat", { participant_id: "p1" }), timestamp: "yesterday" };
    expect(() => reduceCollaborationEvents([bad])).toThrow(/- events\[0\] .*: \/timestamp: /);
    const noId = { ...stream.make("PresenceHeartbeat", { participant_id: "p1" }), event_id: "" };
    expect(() => reduceCollaborationEvents([noId])).toThrow(/- events\[0\] event_id "" .*: \/event_id: /);
  });
});

it("EMPTY_STATE matches the reducer's empty output (the helper itself is right)", () => {
  expectDeepEqual(reduceCollaborationEvents([]), EMPTY_STATE);
});


