import { PayloadValidationError } from "@sk/collab-contracts";
import type { EventEnvelope } from "@sk/event-envelope";
import { ArgumentError } from "@sk/event-envelope/errors";
import { OrderingInputError } from "@sk/event-ordering";
import { describe, expect, it } from "vitest";
import {
  CollaborationReducer,
  createCollaborationReducer,
  fromSnapshot,
  InvalidSnapshotError,
  reduceCollaborationEvents,
  SNAPSHOT_FORMAT,
  UnknownParticipantError,
} from "../../src/index.ts";
import { expectDeepEqual } from "../support/deep-equal.ts";
import { identity, isDeepFrozen, MISSION, Stream } from "../support/events.ts";
import { random, validWorkload } from "../support/workload.ts";

function basics() {
  const stream = new Stream();
  const join = stream.join("p1");
  const heartbeat = stream.heartbeat("p1");
  const comment = stream.comment("p1", "c1");
  return { stream, join, heartbeat, comment };
}

describe("createCollaborationReducer", () => {
  it("reports what apply did: appended, refolded, duplicate, ignored", () => {
    const { join, heartbeat, comment } = basics();
    const reducer = createCollaborationReducer();
    expect(reducer.apply(join)).toBe("appended");
    expect(reducer.apply(comment)).toBe("appended");
    expect(reducer.apply(heartbeat)).toBe("refolded");
    expect(reducer.apply({ ...heartbeat, payload: { ...heartbeat.payload } })).toBe("duplicate");
    expect(reducer.apply(join)).toBe("duplicate");
    expect(reducer.apply({ ...join, event_type: "WPStatusChanged" })).toBe("ignored");
    expect(reducer.apply({ ...comment, node_id: "node-2" })).toBe("refolded");
    expect(reducer.state().anomalies).toHaveLength(1);
    expectDeepEqual(reducer.state(), reduceCollaborationEvents([join, heartbeat, comment, { ...comment, node_id: "node-2" }]));
  });

  it("permissive: a new out-of-order event is deferred until the state is read", () => {
    const { join, heartbeat, comment } = basics();
    const reducer = createCollaborationReducer({ mode: "permissive" });
    expect(reducer.apply(join)).toBe("appended");
    expect(reducer.apply(comment)).toBe("appended");
    expect(reducer.apply(heartbeat)).toBe("deferred");
    const later = new Stream().make("PresenceHeartbeat", { participant_id: "p1" }, { id: 500, lamport: 500 });
    expect(reducer.apply(later)).toBe("deferred");
    expect(reducer.apply({ ...heartbeat })).toBe("duplicate");
    expectDeepEqual(reducer.state(), reduceCollaborationEvents([join, heartbeat, comment, later], { mode: "permissive" }));
    expect(reducer.apply({ ...later, event_id: "01000000000000000000000999", lamport_clock: 501 })).toBe("appended");
    expect(reducer.apply({ ...later, lamport_clock: 501 })).toBe("refolded");
  });

  it("state() is deeply frozen and cached until the next change", () => {
    const { join, heartbeat } = basics();
    const reducer = createCollaborationReducer();
    const empty = reducer.state();
    expectDeepEqual(empty, reduceCollaborationEvents([]));
    reducer.apply(join);
    const first = reducer.state();
    expect(first).not.toBe(empty);
    expect(reducer.state()).toBe(first);
    reducer.apply(join);
    expect(reducer.state()).toBe(first);
    reducer.apply(heartbeat);
    expect(reducer.state()).not.toBe(first);
    expect(isDeepFrozen(reducer.state())).toBe(true);
  });

  it("rejects non-object events and bad ordering fields with typed errors, changing nothing", () => {
    const { join } = basics();
    const reducer = createCollaborationReducer({ mode: "permissive" });
    reducer.apply(join);
    const before = reducer.state();
    expect(() => reducer.apply(null as never)).toThrow(ArgumentError);
    expect(() => reducer.apply([] as never)).toThrow(/^event: /);
    expect(() => reducer.apply({ ...join, event_id: "01ZZZZ", lamport_clock: 1.5 })).toThrow(OrderingInputError);
    expect(() => reducer.apply({ ...join, event_id: "01ZZZZ", lamport_clock: 0, timestamp: "now" })).toThrow(OrderingInputError);
    expect(() => reducer.apply({ ...join, event_id: "01ZZZZ", lamport_clock: 7, timestamp: "now" })).toThrow(OrderingInputError);
    expect(() => createCollaborationReducer().apply({ ...join, event_id: 5 } as never)).toThrow(OrderingInputError);
    expect(reducer.state()).toBe(before);
    expect(() => reducer.applyMany("events" as never)).toThrow(ArgumentError);
    expect(() => reducer.applyMany([join, { ...join, event_id: "01YYYY", timestamp: "bad" }])).toThrow(/^events\[1\]\.timestamp: /);
    expect(reducer.state()).toBe(before);
  });

  it("validates its options", () => {
    expect(() => createCollaborationReducer({ mode: "loose" as never })).toThrow(ArgumentError);
    expect(() => new CollaborationReducer({ roster: { p: { participant_id: "p" } } as never })).toThrow(/options\.roster\["p"\]\.participant_type/);
  });

  it("treats ids that differ only in case as the same id, like the ordering package", () => {
    const { join } = basics();
    const heartbeat = { ...basics().heartbeat, event_id: "01ARZ3NDEKTSV4RRFFQ69G5FAV" };
    const lower = { ...heartbeat, event_id: heartbeat.event_id.toLowerCase() };
    const reducer = createCollaborationReducer();
    reducer.apply(join);
    reducer.apply(heartbeat);
    expect(reducer.apply(lower)).toBe("refolded");
    expectDeepEqual(reducer.state(), reduceCollaborationEvents([join, heartbeat, lower]));
    expect(reducer.state().anomalies[0]!.reason).toMatch(/kept one of 2 versions/);
  });

  it("a later, smaller version of a known id replaces the kept one", () => {
    const stream = new Stream();
    stream.join("p1");
    const heartbeat = stream.heartbeat("p1", { lamport: 10, timestamp: "2026-01-15T11:00:00Z" });
    const earlier = { ...heartbeat, lamport_clock: 5, timestamp: "2026-01-15T10:30:00Z" };
    const reducer = createCollaborationReducer();
    reducer.applyMany(stream.events);
    expect(reducer.apply(earlier)).toBe("refolded");
    expect(reducer.state().presence).toStrictEqual({ p1: "2026-01-15T10:30:00Z" });
    expect(reducer.apply(heartbeat)).toBe("duplicate");
    expectDeepEqual(reducer.state(), reduceCollaborationEvents([...stream.events, earlier]));
  });
});

describe("strict mode: a rejected event leaves the reducer exactly as it was", () => {
  it("apply: in order (fast path) and out of order (refold)", () => {
    const { join, heartbeat, comment } = basics();
    const reducer = createCollaborationReducer();
    reducer.apply(join);
    reducer.apply(comment);
    const before = reducer.state();
    const snapshot = reducer.toSnapshot();
    const stranger = new Stream().make("PresenceHeartbeat", { participant_id: "ghost" }, { id: 900, lamport: 50 });
    expect(() => reducer.apply(stranger)).toThrow(UnknownParticipantError);
    const early = { ...stranger, event_id: "01000000000000000000000999", lamport_clock: 0 };
    expect(() => reducer.apply(early)).toThrow(UnknownParticipantError);
    expect(reducer.state()).toBe(before);
    expectDeepEqual(reducer.toSnapshot(), snapshot);
    // The rejected ids were not remembered.
    expect(reducer.apply(heartbeat)).toBe("refolded");
    expectDeepEqual(reducer.state(), reduceCollaborationEvents([join, heartbeat, comment]));
  });

  it("applyMany is atomic: in-order batches and out-of-order batches", () => {
    const { stream, join } = basics();
    const reducer = createCollaborationReducer();
    reducer.apply(join);
    const before = reducer.state();
    const bad = stream.add("DriveIntentSet", { participant_id: "p1", intent: "maybe" });
    const after = stream.heartbeat("p1");
    expect(() => reducer.applyMany([stream.events[1]!, stream.events[2]!, bad, after])).toThrow(PayloadValidationError);
    expect(reducer.state()).toBe(before);
    expect(() => reducer.applyMany([after, bad, stream.events[1]!])).toThrow(PayloadValidationError);
    expect(reducer.state()).toBe(before);
    reducer.applyMany([stream.events[2]!, stream.events[1]!]);
    expectDeepEqual(reducer.state(), reduceCollaborationEvents(stream.events.slice(0, 3)));
  });

  it("applyMany rolls back past a checkpoint taken during the batch", () => {
    const events = validWorkload(9000, 3);
    const reducer = createCollaborationReducer();
    reducer.applyMany(events.slice(0, 100));
    const before = reducer.state();
    const stranger = new Stream().make("CommentPosted", { participant_id: "ghost", comment_id: "x", content: "x" }, { id: 99_999, lamport: 1_000_000 });
    expect(() => reducer.applyMany([...events.slice(100), stranger])).toThrow(UnknownParticipantError);
    expect(reducer.state()).toBe(before);
    reducer.applyMany(events.slice(100));
    expectDeepEqual(reducer.state(), reduceCollaborationEvents(events));
  });
});

describe("checkpoints: late events far into a long stream", () => {
  it("refolds from the right checkpoint for late, duplicate and conflicting events", () => {
    const events = validWorkload(20_000, 5);
    const next = random(11);
    const reducer = createCollaborationReducer({ mode: "permissive" });
    // Hold back some events and deliver them late; add conflicting versions.
    const late: EventEnvelope[] = [];
    for (const event of events) {
      if (next() < 0.002) late.push(event);
      else reducer.apply(event);
    }
    const conflicts = [events[15_000]!, events[9_000]!, events[19_990]!].map((event) => ({ ...event, node_id: "node-late" }));
    for (const event of [...late.reverse(), ...conflicts, events[12_345]!]) reducer.apply(event);
    expectDeepEqual(reducer.state(), reduceCollaborationEvents([...events, ...conflicts], { mode: "permissive" }));
    const resumed = fromSnapshot(JSON.parse(JSON.stringify(reducer.toSnapshot())));
    expectDeepEqual(resumed.state(), reducer.state());
  });
});

describe("snapshots", () => {
  it("are versioned plain JSON with the options and every accepted version", () => {
    const { stream, join, heartbeat } = basics();
    const conflicting = { ...heartbeat, node_id: "node-2" };
    const reducer = createCollaborationReducer({ mode: "permissive", missionId: MISSION, roster: { p9: { participant_id: "p9", participant_type: "human", display_name: "Nine" } } });
    reducer.applyMany([...stream.events, conflicting]);
    const snapshot = reducer.toSnapshot();
    expect(snapshot.format).toBe(SNAPSHOT_FORMAT);
    expect(snapshot.options).toStrictEqual({ mode: "permissive", missionId: MISSION, roster: { p9: identity("p9", "human", "Nine") } });
    expect(snapshot.events).toHaveLength(4);
    expect(snapshot.events[0]).toStrictEqual(join);
    expectDeepEqual(JSON.parse(JSON.stringify(snapshot)), snapshot);
    const resumed = CollaborationReducer.fromSnapshot(snapshot);
    expectDeepEqual(resumed.state(), reducer.state());
    const defaults = fromSnapshot({ format: SNAPSHOT_FORMAT, options: {}, events: [join] });
    expect(defaults.toSnapshot().options).toStrictEqual({ mode: "strict", missionId: null, roster: null });
    expect(createCollaborationReducer().toSnapshot()).toStrictEqual({ format: SNAPSHOT_FORMAT, options: { mode: "strict", missionId: null, roster: null }, events: [] });
  });

  it.each([
    [null, "snapshot: "],
    [[], "snapshot: "],
    [{ format: "v0", options: {}, events: [] }, "snapshot.format: "],
    [{ format: SNAPSHOT_FORMAT, options: null, events: [] }, "snapshot.options: "],
    [{ format: SNAPSHOT_FORMAT, options: { mode: "fast" }, events: [] }, "snapshot.options.mode: "],
    [{ format: SNAPSHOT_FORMAT, options: { mode: "strict", roster: { p: {} } }, events: [] }, 'snapshot.options.roster["p"].participant_id: '],
    [{ format: SNAPSHOT_FORMAT, options: { mode: "strict" }, events: {} }, "snapshot.events: "],
    [{ format: SNAPSHOT_FORMAT, options: { mode: "strict" }, events: [42] }, "snapshot.events: "],
  ])("a bad snapshot %j → InvalidSnapshotError (%s)", (snapshot, prefix) => {
    let caught: unknown;
    try {
      fromSnapshot(snapshot);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidSnapshotError);
    expect((caught as Error).message.startsWith(prefix)).toBe(true);
  });

  it("events a strict reducer rejects make the snapshot invalid, with the rejection as the cause", () => {
    const heartbeat = new Stream().heartbeat("ghost");
    let caught: unknown;
    try {
      fromSnapshot({ format: SNAPSHOT_FORMAT, options: { mode: "strict", missionId: null, roster: null }, events: [heartbeat] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidSnapshotError);
    expect(caught).toMatchObject({ code: "INVALID_SNAPSHOT", field: "events", rule: "replay", value: heartbeat.event_id });
    expect((caught as Error).cause).toBeInstanceOf(UnknownParticipantError);
    expect((caught as Error).message).toContain("UNKNOWN_PARTICIPANT");
  });
});
