import { describe, it } from "vitest";
import { DepartedParticipantError, UnknownParticipantError } from "../../src/index.ts";
import { identity, MISSION, Stream } from "../support/events.ts";
import { given } from "../support/given.ts";

/** One event of every single-actor type the roster checks apply to, for participant `pid`. */
const SINGLE_ACTOR: Record<string, (stream: Stream, pid: string) => void> = {
  PresenceHeartbeat: (stream, pid) => stream.heartbeat(pid),
  DriveIntentSet: (stream, pid) => stream.intent(pid, "active"),
  FocusChanged: (stream, pid) => stream.focus(pid, "WP01"),
  PromptStepExecutionStarted: (stream, pid) => stream.start(pid, "s1"),
  PromptStepExecutionCompleted: (stream, pid) => stream.complete(pid, "s1"),
  WarningAcknowledged: (stream, pid) => stream.ack(pid, "w1"),
  CommentPosted: (stream, pid) => stream.comment(pid, "c1"),
  DecisionCaptured: (stream, pid) => stream.decision(pid, "d1"),
  SessionLinked: (stream, pid) => stream.link(pid, "cli-1"),
};

describe("rule: single-actor event from a participant never in the roster", () => {
  for (const [eventType, emit] of Object.entries(SINGLE_ACTOR)) {
    it(`${eventType}: strict throws UnknownParticipantError`, () => {
      const stream = new Stream();
      emit(stream, "ghost");
      const event = stream.events[0]!;
      given(stream.events).thenThrows(UnknownParticipantError, { code: "UNKNOWN_PARTICIPANT", event_id: event.event_id, event_type: eventType, participant_id: "ghost" });
    });

    it(`${eventType}: permissive records an anomaly and skips it`, () => {
      const stream = new Stream();
      emit(stream, "ghost");
      const event = stream.events[0]!;
      given(stream.events).then(
        { mission_id: MISSION, anomalies: [{ event_id: event.event_id, event_type: eventType, reason: "Unknown participant 'ghost'", code: "UNKNOWN_PARTICIPANT" }], event_count: 1, last_processed_event_id: event.event_id },
        ["permissive"],
      );
    });
  }
});

describe("rule: single-actor event from a departed participant", () => {
  for (const [eventType, emit] of Object.entries(SINGLE_ACTOR)) {
    it(`${eventType}: strict throws DepartedParticipantError`, () => {
      const stream = new Stream();
      stream.join("p1");
      stream.leave("p1");
      emit(stream, "p1");
      const event = stream.events[2]!;
      given(stream.events).thenThrows(DepartedParticipantError, { code: "DEPARTED_PARTICIPANT", event_id: event.event_id, event_type: eventType, participant_id: "p1" });
    });
  }

  for (const [eventType, emit] of Object.entries(SINGLE_ACTOR)) {
    if (eventType === "PresenceHeartbeat") continue;
    it(`${eventType}: permissive records an anomaly and skips it`, () => {
      const stream = new Stream();
      stream.join("p1");
      stream.leave("p1");
      emit(stream, "p1");
      const event = stream.events[2]!;
      given(stream.events).then(
        {
          mission_id: MISSION,
          departed_participants: { p1: identity("p1") },
          anomalies: [{ event_id: event.event_id, event_type: eventType, reason: "Participant 'p1' has departed", code: "DEPARTED_PARTICIPANT" }],
          event_count: 3,
          last_processed_event_id: event.event_id,
        },
        ["permissive"],
      );
    });
  }

  it("PresenceHeartbeat: permissive records an anomaly AND the timestamp", () => {
    const stream = new Stream();
    stream.join("p1");
    stream.leave("p1");
    const heartbeat = stream.heartbeat("p1", { timestamp: "2026-01-15T10:00:03.5+02:00" });
    given(stream.events).then(
      {
        mission_id: MISSION,
        departed_participants: { p1: identity("p1") },
        presence: { p1: "2026-01-15T10:00:03.5+02:00" },
        anomalies: [{ event_id: heartbeat.event_id, event_type: "PresenceHeartbeat", reason: "Participant 'p1' has departed", code: "DEPARTED_PARTICIPANT" }],
        event_count: 3,
        last_processed_event_id: heartbeat.event_id,
      },
      ["permissive"],
    );
  });
});

describe("rule: PresenceHeartbeat", () => {
  it("presence[pid] = event.timestamp as on the wire; the last one wins", () => {
    const stream = new Stream();
    stream.join("p1");
    stream.heartbeat("p1", { timestamp: "2026-01-15T10:00:00Z" });
    const last = stream.heartbeat("p1", { timestamp: "2026-01-15T10:00:05.123456+00:00" });
    given(stream.events).then({
      mission_id: MISSION,
      participants: { p1: identity("p1") },
      presence: { p1: "2026-01-15T10:00:05.123456+00:00" },
      event_count: 3,
      last_processed_event_id: last.event_id,
    });
  });
});

describe("rule: DriveIntentSet", () => {
  it("active adds to drivers (sorted by code units), inactive removes; repeating is idempotent, no anomaly", () => {
    const stream = new Stream();
    for (const pid of ["b", "a", "B", "_"]) stream.join(pid);
    stream.intent("b", "active");
    stream.intent("a", "active");
    stream.intent("a", "active");
    stream.intent("B", "active");
    stream.intent("_", "active");
    stream.intent("_", "inactive");
    const last = stream.intent("_", "inactive");
    given(stream.events).then({
      mission_id: MISSION,
      participants: { b: identity("b"), a: identity("a"), B: identity("B"), _: identity("_") },
      active_drivers: ["B", "a", "b"],
      event_count: 11,
      last_processed_event_id: last.event_id,
    });
  });
});

describe("rule: FocusChanged", () => {
  it("replaces the focus and moves it in the reverse index; no empty entries; sorted ids", () => {
    const stream = new Stream();
    for (const pid of ["p2", "p1", "p3"]) stream.join(pid);
    stream.focus("p2", "WP01");
    stream.focus("p1", "WP01");
    stream.focus("p3", "WP02");
    stream.focus("p3", "x.ts", "file");
    const last = stream.focus("p3", "x.ts", "file");
    given(stream.events).then({
      mission_id: MISSION,
      participants: { p2: identity("p2"), p1: identity("p1"), p3: identity("p3") },
      focus_by_participant: {
        p2: { target_type: "wp", target_id: "WP01" },
        p1: { target_type: "wp", target_id: "WP01" },
        p3: { target_type: "file", target_id: "x.ts" },
      },
      participants_by_focus: { "wp:WP01": ["p1", "p2"], "file:x.ts": ["p3"] },
      event_count: 8,
      last_processed_event_id: last.event_id,
    });
  });

  it("keeps exactly target_type and target_id, ignoring previous_focus_target", () => {
    const stream = new Stream();
    stream.join("p1");
    const focus = stream.add("FocusChanged", {
      participant_id: "p1",
      focus_target: { target_type: "step", target_id: "s-9", note: "dropped" },
      previous_focus_target: { target_type: "wp", target_id: "WP00" },
    });
    given(stream.events).then({
      mission_id: MISSION,
      participants: { p1: identity("p1") },
      focus_by_participant: { p1: { target_type: "step", target_id: "s-9" } },
      participants_by_focus: { "step:s-9": ["p1"] },
      event_count: 2,
      last_processed_event_id: focus.event_id,
    });
  });
});

describe("rule: PromptStepExecutionStarted / Completed", () => {
  it("appends step_ids in start order; completion removes the first match; the key stays with []", () => {
    const stream = new Stream();
    stream.join("p1");
    stream.join("p2");
    stream.start("p1", "s1");
    stream.start("p1", "s2");
    stream.start("p1", "s1");
    stream.complete("p1", "s1");
    stream.start("p2", "s3");
    const last = stream.complete("p2", "s3");
    given(stream.events).then({
      mission_id: MISSION,
      participants: { p1: identity("p1"), p2: identity("p2") },
      active_executions: { p1: ["s2", "s1"], p2: [] },
      event_count: 8,
      last_processed_event_id: last.event_id,
    });
  });
});

describe("rule: CommentPosted, DecisionCaptured", () => {
  it("appends in order with absent optionals as null", () => {
    const stream = new Stream();
    stream.join("p1");
    const first = stream.comment("p1", "c1", "hello");
    const reply = stream.comment("p1", "c2", "re", "c1");
    const decision = stream.decision("p1", "d1");
    const full = stream.decision("p1", "d2", { rationale: "because", referenced_warning_id: "w9", topic: "t2", chosen_option: "B" });
    const nulls = stream.decision("p1", "d3", { rationale: null, referenced_warning_id: null });
    given(stream.events).then({
      mission_id: MISSION,
      participants: { p1: identity("p1") },
      comments: [
        { comment_id: "c1", event_id: first.event_id, participant_id: "p1", content: "hello", reply_to: null },
        { comment_id: "c2", event_id: reply.event_id, participant_id: "p1", content: "re", reply_to: "c1" },
      ],
      decisions: [
        { decision_id: "d1", event_id: decision.event_id, participant_id: "p1", topic: "topic", chosen_option: "A", rationale: null, referenced_warning_id: null },
        { decision_id: "d2", event_id: full.event_id, participant_id: "p1", topic: "t2", chosen_option: "B", rationale: "because", referenced_warning_id: "w9" },
        { decision_id: "d3", event_id: nulls.event_id, participant_id: "p1", topic: "topic", chosen_option: "A", rationale: null, referenced_warning_id: null },
      ],
      event_count: 6,
      last_processed_event_id: nulls.event_id,
    });
  });
});

describe("rule: SessionLinked", () => {
  it("appends linked_session_id to the participant's linked sessions", () => {
    const stream = new Stream();
    stream.join("p1");
    stream.link("p1", "cli-1");
    const last = stream.link("p1", "saas-2");
    given(stream.events).then({
      mission_id: MISSION,
      participants: { p1: identity("p1") },
      linked_sessions: { p1: ["cli-1", "saas-2"] },
      event_count: 3,
      last_processed_event_id: last.event_id,
    });
  });
});
