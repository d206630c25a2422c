import { describe, expect, it } from "vitest";
import { reduceCollaborationEvents } from "../../src/index.ts";
import { identity, MISSION, Stream } from "../support/events.ts";
import { given } from "../support/given.ts";

describe("rule: ParticipantInvited", () => {
  it("records an invitation that does not make the participant active", () => {
    const stream = new Stream();
    const invite = stream.invite("p1");
    given(stream.events).then({ mission_id: MISSION, event_count: 1, last_processed_event_id: invite.event_id });
  });

  it("already invited: nothing, an anomaly in both modes", () => {
    const stream = new Stream();
    stream.invite("p1");
    const again = stream.invite("p1");
    given(stream.events).then({
      mission_id: MISSION,
      anomalies: [{ event_id: again.event_id, event_type: "ParticipantInvited", reason: "Participant 'p1' already invited or active (duplicate invite)", code: "DUPLICATE_INVITE" }],
      event_count: 2,
      last_processed_event_id: again.event_id,
    });
  });

  it("already active: nothing, an anomaly in both modes", () => {
    const stream = new Stream();
    stream.join("p1");
    const invite = stream.invite("p1");
    const state = given(stream.events).then({
      mission_id: MISSION,
      participants: { p1: identity("p1") },
      anomalies: [{ event_id: invite.event_id, event_type: "ParticipantInvited", reason: "Participant 'p1' already invited or active (duplicate invite)", code: "DUPLICATE_INVITE" }],
      event_count: 2,
      last_processed_event_id: invite.event_id,
    });
    expect(state.anomalies).toHaveLength(1);
  });

  it("a departed participant can be invited again, then rejoin", () => {
    const stream = new Stream();
    stream.join("p1");
    stream.leave("p1");
    stream.invite("p1");
    const join = stream.join("p1", "llm_context");
    given(stream.events).then({ mission_id: MISSION, participants: { p1: identity("p1", "llm_context") }, event_count: 4, last_processed_event_id: join.event_id });
  });

  it("an invited-only participant is unknown to single-actor events", () => {
    const stream = new Stream();
    stream.invite("p1");
    const heartbeat = stream.heartbeat("p1");
    given(stream.events).then(
      { mission_id: MISSION, anomalies: [{ event_id: heartbeat.event_id, event_type: "PresenceHeartbeat", reason: "Unknown participant 'p1'", code: "UNKNOWN_PARTICIPANT" }], event_count: 2, last_processed_event_id: heartbeat.event_id },
      ["permissive"],
    );
  });
});

describe("rule: ParticipantJoined", () => {
  it("makes the participant active with the payload's identity, normalised", () => {
    const stream = new Stream();
    const join = stream.join("p1", "llm_context", { display_name: "Claude", session_id: "s-1", extra_field: "dropped" });
    given(stream.events).then({
      mission_id: MISSION,
      participants: { p1: identity("p1", "llm_context", "Claude", "s-1") },
      event_count: 1,
      last_processed_event_id: join.event_id,
    });
  });

  it("consumes the invitation (a later invite is accepted after the participant leaves)", () => {
    const stream = new Stream();
    stream.invite("p1");
    stream.join("p1");
    stream.leave("p1");
    const invite = stream.invite("p1");
    given(stream.events).then({ mission_id: MISSION, departed_participants: { p1: identity("p1") }, event_count: 4, last_processed_event_id: invite.event_id });
  });

  it("already active (duplicate join): nothing, no second entry, an anomaly in both modes", () => {
    const stream = new Stream();
    stream.join("p1");
    const again = stream.join("p1", "llm_context");
    given(stream.events).then({
      mission_id: MISSION,
      participants: { p1: identity("p1") },
      anomalies: [{ event_id: again.event_id, event_type: "ParticipantJoined", reason: "Duplicate join for participant 'p1'", code: "DUPLICATE_JOIN" }],
      event_count: 2,
      last_processed_event_id: again.event_id,
    });
  });

  it("a departed participant moves back with the new identity", () => {
    const stream = new Stream();
    stream.join("p1");
    stream.link("p1", "cli-1");
    stream.leave("p1");
    const rejoin = stream.join("p1", "human", { display_name: "Back" });
    given(stream.events).then({
      mission_id: MISSION,
      participants: { p1: identity("p1", "human", "Back") },
      linked_sessions: { p1: ["cli-1"] },
      event_count: 4,
      last_processed_event_id: rejoin.event_id,
    });
  });
});

describe("rule: ParticipantLeft", () => {
  it("moves active to departed and clears intent, focus (both indexes), presence and executions, not linked sessions", () => {
    const stream = new Stream();
    stream.join("p1", "human", { display_name: "Ana" });
    stream.join("p2");
    stream.heartbeat("p1");
    stream.intent("p1", "active");
    stream.focus("p1", "WP01");
    stream.focus("p2", "WP01");
    stream.start("p1", "s1");
    stream.link("p1", "cli-1");
    const leave = stream.leave("p1");
    given(stream.events).then({
      mission_id: MISSION,
      participants: { p2: identity("p2") },
      departed_participants: { p1: identity("p1", "human", "Ana") },
      focus_by_participant: { p2: { target_type: "wp", target_id: "WP01" } },
      participants_by_focus: { "wp:WP01": ["p2"] },
      linked_sessions: { p1: ["cli-1"] },
      event_count: 9,
      last_processed_event_id: leave.event_id,
    });
  });

  it("removes an emptied focus entry", () => {
    const stream = new Stream();
    stream.join("p1");
    stream.focus("p1", "WP01");
    const leave = stream.leave("p1");
    given(stream.events).then({ mission_id: MISSION, departed_participants: { p1: identity("p1") }, event_count: 3, last_processed_event_id: leave.event_id });
  });

  it("already left: nothing, an anomaly in both modes", () => {
    const stream = new Stream();
    stream.join("p1");
    stream.leave("p1");
    const again = stream.leave("p1");
    given(stream.events).then({
      mission_id: MISSION,
      departed_participants: { p1: identity("p1") },
      anomalies: [{ event_id: again.event_id, event_type: "ParticipantLeft", reason: "Participant 'p1' not in roster (duplicate leave or unknown)", code: "LEAVE_NOT_ACTIVE" }],
      event_count: 3,
      last_processed_event_id: again.event_id,
    });
  });

  it("never joined: nothing, an anomaly in both modes", () => {
    const stream = new Stream();
    const leave = stream.leave("ghost");
    given(stream.events).then({
      mission_id: MISSION,
      anomalies: [{ event_id: leave.event_id, event_type: "ParticipantLeft", reason: "Participant 'ghost' not in roster (duplicate leave or unknown)", code: "LEAVE_NOT_ACTIVE" }],
      event_count: 1,
      last_processed_event_id: leave.event_id,
    });
  });

  it("a roster-seeded participant can leave", () => {
    const stream = new Stream();
    const leave = stream.leave("p1");
    const state = reduceCollaborationEvents(stream.events, { roster: { p1: { participant_id: "p1", participant_type: "human", display_name: "Seeded" } } });
    expect(state.departed_participants).toStrictEqual({ p1: identity("p1", "human", "Seeded") });
    expect(state.last_processed_event_id).toBe(leave.event_id);
  });
});
