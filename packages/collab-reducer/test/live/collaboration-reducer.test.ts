import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PayloadValidationError } from "@sk/collab-contracts";
import type { EventEnvelope } from "@sk/event-envelope";
import { ArgumentError, EnvelopeValidationError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import {
  CollaborationReducer,
  COLLABORATION_ANOMALY_CODES,
  CompletionWithoutStartError,
  createCollaborationReducer,
  DepartedParticipantError,
  fromSnapshot,
  InvalidatesAcceptedEventError,
  InvalidSnapshotError,
  reduceCollaborationEvents,
  SNAPSHOT_FORMAT,
  UnknownParticipantError,
} from "../../src/index.ts";
import { expectDeepEqual } from "../support/deep-equal.ts";
import { isDeepFrozen, MISSION, Stream } from "../support/events.ts";

function basics() {
  const stream = new Stream();
  const join = stream.join("p1");
  const heartbeat = stream.heartbeat("p1");
  const comment = stream.comment("p1", "c1");
  return { stream, join, heartbeat, comment };
}

const outcomeOf = (reducer: CollaborationReducer, event: EventEnvelope) => reducer.apply(event).outcome;

describe("apply says what happened", () => {
  it("applied, reordered, duplicate, ignored, and the event's own anomalies with their codes", () => {
    const { stream, join, heartbeat, comment } = basics();
    const reducer = createCollaborationReducer();
    expect(reducer.apply(join)).toStrictEqual({ outcome: "applied", anomalies: [] });
    expect(outcomeOf(reducer, comment)).toBe("applied");
    expect(outcomeOf(reducer, heartbeat)).toBe("reordered");
    expect(outcomeOf(reducer, { ...heartbeat, payload: { ...heartbeat.payload } })).toBe("duplicate");
    expect(outcomeOf(reducer, { ...join, event_type: "WPStatusChanged" })).toBe("ignored");
    const again = stream.join("p1");
    const result = reducer.apply(again);
    expect(result).toStrictEqual({
      outcome: "applied",
      anomalies: [{ event_id: again.event_id, event_type: "ParticipantJoined", reason: "Duplicate join for participant 'p1'", code: "DUPLICATE_JOIN" }],
    });
    expect(isDeepFrozen(result)).toBe(true);
    expectDeepEqual(reducer.state(), reduceCollaborationEvents([join, heartbeat, comment, again]));
  });

  it("permissive: an event a rule skips is `skipped`, with its anomaly; it becomes valid when the missing event arrives", () => {
    const stream = new Stream();
    const join = stream.join("p1");
    const heartbeat = stream.heartbeat("p1");
    const reducer = createCollaborationReducer({ mode: "permissive" });
    expect(reducer.apply(heartbeat)).toStrictEqual({
      outcome: "skipped",
      anomalies: [{ event_id: heartbeat.event_id, event_type: "PresenceHeartbeat", reason: "Unknown participant 'p1'", code: "UNKNOWN_PARTICIPANT" }],
    });
    // The join sorts before the heartbeat: the heartbeat is folded again, now valid.
    expect(reducer.apply(join)).toStrictEqual({ outcome: "reordered", anomalies: [] });
    expect(reducer.state().anomalies).toStrictEqual([]);
    expectDeepEqual(reducer.state(), reduceCollaborationEvents([join, heartbeat], { mode: "permissive" }));
  });

  it("every anomaly code is listed in docs/reducer.md, and nothing else", () => {
    const docs = readFileSync(fileURLToPath(new URL("../../../../docs/reducer.md", import.meta.url)), "utf8");
    const section = docs.slice(docs.indexOf("### Anomaly codes"), docs.indexOf("## Performance"));
    const listed = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);
    expect(listed).toStrictEqual([...COLLABORATION_ANOMALY_CODES]);
    expect(listed).toHaveLength(11);
  });
});

describe("strict mode under disorder", () => {
  it("an event not valid yet (heartbeat before its join) throws the rule's error and changes nothing", () => {
    const stream = new Stream();
    const join = stream.join("p1");
    const heartbeat = stream.heartbeat("p1");
    const reducer = createCollaborationReducer();
    const before = reducer.state();
    expect(() => reducer.apply(heartbeat)).toThrow(UnknownParticipantError);
    expect(reducer.state()).toBe(before);
    expect(outcomeOf(reducer, join)).toBe("applied");
    // Offered again once its join is in: accepted.
    expect(outcomeOf(reducer, heartbeat)).toBe("applied");
    expectDeepEqual(reducer.state(), reduceCollaborationEvents([join, heartbeat]));
  });

  it("a late event that would break an accepted later event is rejected, naming both; the reducer is exactly as before", () => {
    const stream = new Stream();
    const join = stream.join("p1");
    const leave = stream.leave("p1");
    const heartbeat = stream.heartbeat("p1");
    const reducer = createCollaborationReducer({ window: 5 });
    reducer.apply(join);
    reducer.apply(heartbeat);
    const before = reducer.state();
    const snapshot = JSON.stringify(reducer.toSnapshot());
    let caught: unknown;
    try {
      reducer.apply(leave);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidatesAcceptedEventError);
    expect(caught).toMatchObject({
      code: "INVALIDATES_ACCEPTED_EVENT",
      event_id: leave.event_id,
      event_type: "ParticipantLeft",
      accepted_event_id: heartbeat.event_id,
      accepted_event_type: "PresenceHeartbeat",
    });
    const cause = (caught as Error).cause;
    expect(cause).toBeInstanceOf(DepartedParticipantError);
    expect((caught as Error).message).toContain(heartbeat.event_id);
    expect(reducer.state()).toBe(before);
    expect(JSON.stringify(reducer.toSnapshot())).toBe(snapshot);
  });

  it("a late event that is itself invalid throws its own error; the events after it are folded again unchanged", () => {
    const stream = new Stream();
    const join = stream.join("p1");
    const completion = stream.complete("p1", "s1");
    const comment = stream.comment("p1", "c1");
    const reducer = createCollaborationReducer();
    reducer.apply(join);
    reducer.apply(comment);
    const before = reducer.state();
    expect(() => reducer.apply(completion)).toThrow(CompletionWithoutStartError);
    expect(reducer.state()).toBe(before);
    expect(outcomeOf(reducer, stream.heartbeat("p1"))).toBe("applied");
  });
});

describe("the reorder window", () => {
  it("an event sorting before the window is `late` and changes nothing; so is a copy of an event sealed before the window", () => {
    const stream = new Stream();
    const [a, b, c, d] = [stream.join("p1"), stream.heartbeat("p1"), stream.heartbeat("p1"), stream.heartbeat("p1")];
    const reducer = createCollaborationReducer({ window: 1 });
    for (const event of [a, c, d]) expect(outcomeOf(reducer, event)).toBe("applied");
    const before = reducer.state();
    // a and c are sealed, d is the window: b sorts before c.
    expect(reducer.apply(b)).toStrictEqual({ outcome: "late", anomalies: [] });
    expect(outcomeOf(reducer, { ...a })).toBe("late");
    // A conflicting version of a sealed id, even one sorting after the window, is late too.
    expect(outcomeOf(reducer, { ...a, lamport_clock: 99 })).toBe("late");
    expect(reducer.state()).toBe(before);
    expect(outcomeOf(reducer, { ...d })).toBe("duplicate");
  });

  it("window 0 keeps nothing: only events newer than every applied one are applied", () => {
    const { join, heartbeat, comment } = basics();
    const reducer = createCollaborationReducer({ window: 0 });
    expect(outcomeOf(reducer, join)).toBe("applied");
    expect(outcomeOf(reducer, comment)).toBe("applied");
    expect(outcomeOf(reducer, heartbeat)).toBe("late");
    expect(outcomeOf(reducer, comment)).toBe("late");
    expect(reducer.toSnapshot().events).toStrictEqual([]);
  });

  it("conflicting versions inside the window: a smaller one replaces the kept version, a larger one only counts", () => {
    const stream = new Stream();
    const join = stream.join("p1");
    const heartbeat = stream.heartbeat("p1");
    const comment = stream.comment("p1", "c1");
    const larger = { ...heartbeat, node_id: "zz-node" };
    // Same clock, earlier timestamp: sorts before the kept version, still after the join.
    const smaller = { ...heartbeat, timestamp: "2026-01-15T10:00:01.500Z" };
    const reducer = createCollaborationReducer({ mode: "permissive" });
    for (const event of [join, heartbeat, comment]) reducer.apply(event);
    const counted = reducer.apply(larger);
    expect(counted.outcome).toBe("reordered");
    expect(counted.anomalies.map((anomaly) => anomaly.code)).toStrictEqual(["CONFLICTING_DUPLICATE"]);
    expect(outcomeOf(reducer, { ...larger })).toBe("duplicate");
    expect(outcomeOf(reducer, smaller)).toBe("reordered");
    expectDeepEqual(reducer.state(), reduceCollaborationEvents([join, heartbeat, comment, larger, smaller], { mode: "permissive" }));
    // The newest event gets a conflicting version: nothing after it to fold again.
    const newest = { ...comment, node_id: "zz-node" };
    expect(outcomeOf(reducer, newest)).toBe("applied");
    expectDeepEqual(reducer.state(), reduceCollaborationEvents([join, heartbeat, comment, larger, smaller, newest], { mode: "permissive" }));
  });

  it("a smaller version that would sort before the window is late", () => {
    const stream = new Stream();
    const [a, b, c] = [stream.join("p1"), stream.heartbeat("p1"), stream.heartbeat("p1")];
    const reducer = createCollaborationReducer({ window: 1 });
    for (const event of [a, b, c]) reducer.apply(event);
    expect(outcomeOf(reducer, { ...c, lamport_clock: 0 })).toBe("late");
  });

  it("strict: a conflicting version that breaks the events after it is rejected and the kept version stays", () => {
    const stream = new Stream();
    const join = stream.join("p1");
    const start = stream.start("p1", "s1");
    const completion = stream.complete("p1", "s1");
    const reducer = createCollaborationReducer();
    for (const event of [join, start, completion]) reducer.apply(event);
    const before = reducer.state();
    const otherStep = { ...start, payload: { ...start.payload, step_id: "s2" }, timestamp: "2026-01-15T10:00:01.500Z" };
    expect(() => reducer.apply(otherStep)).toThrow(InvalidatesAcceptedEventError);
    expect(reducer.state()).toBe(before);
    const invalid = { ...start, payload: { mission_id: MISSION }, timestamp: "2026-01-15T10:00:01.500Z" };
    expect(() => reducer.apply(invalid)).toThrow(PayloadValidationError);
    expect(reducer.state()).toBe(before);
  });

  it("state() is deeply frozen, cached until the next change, and costs nothing after a duplicate or late event", () => {
    const { join, heartbeat } = basics();
    const reducer = createCollaborationReducer();
    reducer.apply(join);
    const first = reducer.state();
    expect(isDeepFrozen(first)).toBe(true);
    expect(reducer.state()).toBe(first);
    reducer.apply(join);
    expect(reducer.state()).toBe(first);
    reducer.apply(heartbeat);
    expect(reducer.state()).not.toBe(first);
  });
});

describe("apply takes untrusted input", () => {
  it("a malformed envelope throws EnvelopeValidationError naming each field, rule and value, in both modes", () => {
    const { join } = basics();
    for (const mode of ["strict", "permissive"] as const) {
      const reducer = createCollaborationReducer({ mode });
      const before = reducer.state();
      let caught: unknown;
      try {
        reducer.apply({ ...join, event_id: "abc", project_uuid: "nope" });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(EnvelopeValidationError);
      const violations = (caught as EnvelopeValidationError).violations.map(({ path, rule, value }) => ({ path, rule, value }));
      expect(violations).toContainEqual({ path: "/event_id", rule: "pattern", value: "abc" });
      expect(violations).toContainEqual({ path: "/project_uuid", rule: "pattern", value: "nope" });
      expect(reducer.state()).toBe(before);
      // No string event_type: it may be a collaboration event, so it is checked (and fails).
      expect(() => reducer.apply({ ...join, event_type: 7 } as never)).toThrow(EnvelopeValidationError);
    }
  });

  it("a non-object throws ArgumentError; another domain's event is ignored unchecked", () => {
    const reducer = createCollaborationReducer();
    expect(() => reducer.apply(null as never)).toThrow(ArgumentError);
    expect(() => reducer.apply([] as never)).toThrow(ArgumentError);
    expect(outcomeOf(reducer, { event_type: "WPStatusChanged" } as never)).toBe("ignored");
  });

  it("options: window is a whole number >= 0; unknown names are rejected", () => {
    for (const window of [-1, 1.5, "10", Number.NaN]) {
      expect(() => createCollaborationReducer({ window } as never)).toThrow(/^options\.window: /);
    }
    expect(() => createCollaborationReducer({ windows: 3 } as never)).toThrow(/expected only mode, roster, missionId and window/);
    expect(() => reduceCollaborationEvents([], { window: 3 } as never)).toThrow(/expected only mode, roster and missionId/);
  });
});

describe("snapshots: the state before the window, the window and the ids sealed before it", () => {
  function fed(window: number) {
    const stream = new Stream();
    stream.join("p1");
    stream.join("p2");
    for (let at = 0; at < 20; at++) stream.heartbeat(at % 2 === 0 ? "p1" : "p2");
    stream.comment("p1", "c1");
    const reducer = createCollaborationReducer({ mode: "permissive", window, roster: { p9: { participant_id: "p9", participant_type: "human" } }, missionId: MISSION });
    for (const event of stream.events) reducer.apply(event);
    return { stream, reducer };
  }

  it("is plain JSON of the window, not the history, and resumes exactly", () => {
    const { stream, reducer } = fed(4);
    const snapshot = reducer.toSnapshot();
    expect(snapshot.format).toBe(SNAPSHOT_FORMAT);
    expect(snapshot.options).toStrictEqual({
      mode: "permissive",
      missionId: MISSION,
      roster: { p9: { participant_id: "p9", participant_type: "human", display_name: null, session_id: null } },
      window: 4,
    });
    expect(snapshot.events).toHaveLength(4);
    expect(snapshot.sealed_ids).toHaveLength(stream.events.length - 4);
    expect(snapshot.base.event_count).toBe(stream.events.length - 4);
    const resumed = CollaborationReducer.fromSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expectDeepEqual(resumed.state(), reducer.state());
    expect(outcomeOf(resumed, stream.events[0]!)).toBe("late");
  });

  it("equivalent reducers write identical snapshots, whatever order conflicting versions came in", () => {
    const stream = new Stream();
    const join = stream.join("p1");
    const beat = stream.heartbeat("p1");
    const [second, third] = [{ ...beat, node_id: "node-b" }, { ...beat, node_id: "node-c" }];
    const one = createCollaborationReducer();
    for (const event of [join, beat, second, third]) one.apply(event);
    const other = createCollaborationReducer();
    for (const event of [join, beat, third, second]) other.apply(event);
    expect(JSON.stringify(one.toSnapshot())).toBe(JSON.stringify(other.toSnapshot()));
  });

  it("an empty reducer's snapshot resumes to an empty reducer", () => {
    const snapshot = createCollaborationReducer().toSnapshot();
    expect(snapshot.sealed_last).toBeNull();
    expectDeepEqual(fromSnapshot(snapshot).state(), reduceCollaborationEvents([]));
  });

  it("anything else is an InvalidSnapshotError naming the field, rule and value", () => {
    const good = JSON.parse(JSON.stringify(fed(4).reducer.toSnapshot()));
    const cases: [unknown, RegExp][] = [
      [null, /^snapshot: /],
      [{ ...good, format: "sk.collab-reducer.snapshot.v1" }, /^snapshot\.format: /],
      [{ ...good, options: { ...good.options, mode: "fast" } }, /^snapshot\.options\.mode: /],
      [{ ...good, options: { ...good.options, window: -2 } }, /^snapshot\.options\.window: /],
      [{ ...good, base: { ...good.base, event_count: -1 } }, /^snapshot\.base\.event_count: /],
      [{ ...good, base: { ...good.base, anomalies: [{ event_id: "x", event_type: "y", reason: "z", code: "NOPE" }] } }, /^snapshot\.base\.anomalies\.0\.code: /],
      [{ ...good, sealed_ids: ["abc"] }, /^snapshot\.sealed_ids\.0: /],
      [{ ...good, sealed_last: { ...good.sealed_last, event_id: "abc" } }, /^snapshot\.sealed_last\.event_id: /],
      [{ ...good, sealed_last: null }, /^snapshot\.sealed_last: /],
      [{ ...good, events: [good.sealed_last] }, /^snapshot\.events\.0: .*got late/],
      [{ ...good, events: [{ ...good.events[0], event_id: "abc" }] }, /^snapshot\.events\.0: .*ENVELOPE_VALIDATION/],
    ];
    for (const [snapshot, message] of cases) {
      expect(() => fromSnapshot(snapshot)).toThrow(InvalidSnapshotError);
      expect(() => fromSnapshot(snapshot)).toThrow(message);
    }
  });

  it("a strict snapshot whose window a strict reducer rejects is invalid, with the rejection as the cause", () => {
    const stream = new Stream();
    const reducer = createCollaborationReducer();
    reducer.apply(stream.join("p1"));
    const snapshot = JSON.parse(JSON.stringify(reducer.toSnapshot()));
    snapshot.events.push(stream.heartbeat("ghost"));
    let caught: unknown;
    try {
      fromSnapshot(snapshot);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidSnapshotError);
    expect((caught as InvalidSnapshotError).cause).toBeInstanceOf(UnknownParticipantError);
  });
});
