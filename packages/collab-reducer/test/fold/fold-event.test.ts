import { PayloadValidationError } from "@sk/collab-contracts";
import { describe, expect, it } from "vitest";
import { MissionMismatchError, reduceCollaborationEvents } from "../../src/index.ts";
import { identity, MISSION, Stream } from "../support/events.ts";
import { given } from "../support/given.ts";

describe("rule: any event whose payload fails its schema", () => {
  it("strict throws PayloadValidationError with the event id, type and violations", () => {
    const stream = new Stream();
    stream.join("p1");
    const bad = stream.add("DriveIntentSet", { participant_id: "p1", intent: "sideways" });
    const error = given(stream.events).thenThrows(PayloadValidationError, { code: "PAYLOAD_VALIDATION", event_id: bad.event_id, event_type: "DriveIntentSet" });
    expect((error as PayloadValidationError).violations[0]).toMatchObject({ path: "/intent", rule: "enum" });
  });

  it("permissive records an anomaly and skips the event, which still counts", () => {
    const stream = new Stream();
    stream.join("p1");
    const bad = stream.add("CommentPosted", { comment_id: "c1", content: "no author" });
    given(stream.events).then(
      {
        mission_id: MISSION,
        participants: { p1: identity("p1") },
        anomalies: [{ event_id: bad.event_id, event_type: "CommentPosted", reason: "Invalid CommentPosted payload: /participant_id: required field is missing (rule: required), got undefined; send \"participant_id\": author of the comment", code: "INVALID_PAYLOAD" }],
        event_count: 2,
        last_processed_event_id: bad.event_id,
      },
      ["permissive"],
    );
  });

  it("a skipped invalid event does not set the mission id", () => {
    const stream = new Stream();
    stream.add("PresenceHeartbeat", { participant_id: "p1", mission_id: "" });
    const state = reduceCollaborationEvents(stream.events, { mode: "permissive" });
    expect(state.mission_id).toBe("");
    expect(state.event_count).toBe(1);
  });

  it("a payload that is not an object makes an invalid envelope, not a crash", () => {
    const stream = new Stream();
    const event = { ...stream.make("PresenceHeartbeat", {}), payload: "text" } as never;
    const state = reduceCollaborationEvents([event], { mode: "permissive" });
    expect(state.anomalies).toHaveLength(1);
    expect(state.anomalies[0]!.reason).toMatch(/^invalid envelope: \/payload: /);
    expect(state.event_count).toBe(0);
  });
});

describe("rule: payload mission_id differs from the state's", () => {
  const scenario = () => {
    const stream = new Stream();
    stream.join("p1");
    const other = stream.add("PresenceHeartbeat", { participant_id: "p1", mission_id: "mission-other" });
    return { stream, other };
  };

  it("strict throws MissionMismatchError with both mission ids", () => {
    const { stream, other } = scenario();
    given(stream.events).thenThrows(MissionMismatchError, {
      code: "MISSION_MISMATCH",
      event_id: other.event_id,
      event_type: "PresenceHeartbeat",
      expected_mission_id: MISSION,
      actual_mission_id: "mission-other",
    });
  });

  it("permissive records an anomaly and skips the event", () => {
    const { stream, other } = scenario();
    given(stream.events).then(
      {
        mission_id: MISSION,
        participants: { p1: identity("p1") },
        anomalies: [
          { event_id: other.event_id, event_type: "PresenceHeartbeat", reason: `Mission mismatch: payload mission_id 'mission-other' differs from the state's mission_id '${MISSION}'`, code: "MISSION_MISMATCH" },
        ],
        event_count: 2,
        last_processed_event_id: other.event_id,
      },
      ["permissive"],
    );
  });

  it("the missionId option fixes the mission before any event", () => {
    const stream = new Stream();
    const join = stream.join("p1");
    given(stream.events, { missionId: "mission-option" }).thenThrows(MissionMismatchError, { event_id: join.event_id, expected_mission_id: "mission-option", actual_mission_id: MISSION });
    const state = reduceCollaborationEvents(stream.events, { mode: "permissive", missionId: "mission-option" });
    expect(state.mission_id).toBe("mission-option");
    expect(state.participants).toStrictEqual({});
  });

  it("without the option the first valid event fixes it, even one whose rule then skips it", () => {
    const stream = new Stream();
    stream.add("PresenceHeartbeat", { participant_id: "ghost", mission_id: "mission-first" });
    const join = stream.join("p1");
    const state = reduceCollaborationEvents(stream.events, { mode: "permissive" });
    expect(state.mission_id).toBe("mission-first");
    expect(state.anomalies.map((anomaly) => anomaly.event_id)).toStrictEqual([stream.events[0]!.event_id, join.event_id]);
  });
});

describe("rule: conflicting duplicate event_id", () => {
  it("keeps one version deterministically and records an anomaly first, in both modes", () => {
    const stream = new Stream();
    stream.join("p1");
    const kept = stream.heartbeat("p1", { timestamp: "2026-01-15T10:00:10Z" });
    const other = { ...kept, timestamp: "2026-01-15T10:00:20Z" };
    const third = { ...kept, timestamp: "2026-01-15T10:00:30Z" };
    const state = given([...stream.events, third, other, { ...other }]).then({
      mission_id: MISSION,
      participants: { p1: identity("p1") },
      presence: { p1: "2026-01-15T10:00:10Z" },
      anomalies: [{ event_id: kept.event_id, event_type: "PresenceHeartbeat", reason: `conflicting duplicate event_id ${kept.event_id}: kept one of 3 versions`, code: "CONFLICTING_DUPLICATE" }],
      event_count: 2,
      last_processed_event_id: kept.event_id,
    });
    expect(state.event_count).toBe(2);
  });

  it("the anomaly comes before the kept event's own rejection, and strict mode still throws that one", () => {
    const stream = new Stream();
    const kept = stream.heartbeat("ghost");
    const events = [...stream.events, { ...kept, node_id: "other-node" }];
    const state = reduceCollaborationEvents(events, { mode: "permissive" });
    expect(state.anomalies.map((anomaly) => anomaly.reason)).toStrictEqual([expect.stringMatching(/^conflicting duplicate/), "Unknown participant 'ghost'"]);
    expect(() => reduceCollaborationEvents(events, { mode: "strict" })).toThrow(/Unknown participant 'ghost'/);
  });

  it("identical duplicates are dropped silently", () => {
    const stream = new Stream();
    const join = stream.join("p1");
    given([join, { ...join, payload: { ...join.payload } }, join]).then({
      mission_id: MISSION,
      participants: { p1: identity("p1") },
      event_count: 1,
      last_processed_event_id: join.event_id,
    });
  });
});
