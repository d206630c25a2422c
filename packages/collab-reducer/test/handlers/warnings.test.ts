import { describe, expect, it } from "vitest";
import { DepartedParticipantError, UnknownParticipantError, UnknownWarningError } from "../../src/index.ts";
import { identity, MISSION, Stream } from "../support/events.ts";
import { given } from "../support/given.ts";

function threeActive(): Stream {
  const stream = new Stream();
  stream.join("p1");
  stream.join("p2");
  stream.join("p3");
  return stream;
}

const ACTIVE = { p1: identity("p1"), p2: identity("p2"), p3: identity("p3") };

describe("rule: warning events", () => {
  it("records both warning types in order of first appearance", () => {
    const stream = threeActive();
    const driver = stream.driverWarning("w1", ["p1", "p2", "p3"]);
    const collision = stream.collision("w2", ["p3", "p1"]);
    given(stream.events).then({
      mission_id: MISSION,
      participants: ACTIVE,
      warnings: [
        { warning_id: "w1", event_id: driver.event_id, warning_type: "ConcurrentDriverWarning", participant_ids: ["p1", "p2", "p3"], acknowledgements: {} },
        { warning_id: "w2", event_id: collision.event_id, warning_type: "PotentialStepCollisionDetected", participant_ids: ["p3", "p1"], acknowledgements: {} },
      ],
      event_count: 5,
      last_processed_event_id: collision.event_id,
    });
  });

  it("a repeat replaces the warning in place and keeps its acknowledgements", () => {
    const stream = threeActive();
    stream.driverWarning("w1", ["p1", "p2"]);
    stream.collision("w2", ["p1", "p3"]);
    stream.ack("p1", "w1", "hold");
    const repeat = stream.collision("w1", ["p2", "p3"]);
    given(stream.events).then({
      mission_id: MISSION,
      participants: ACTIVE,
      warnings: [
        { warning_id: "w1", event_id: repeat.event_id, warning_type: "PotentialStepCollisionDetected", participant_ids: ["p2", "p3"], acknowledgements: { p1: "hold" } },
        { warning_id: "w2", event_id: stream.events[4]!.event_id, warning_type: "PotentialStepCollisionDetected", participant_ids: ["p1", "p3"], acknowledgements: {} },
      ],
      event_count: 7,
      last_processed_event_id: repeat.event_id,
    });
  });

  it("a listed participant never in the roster: strict throws UnknownParticipantError", () => {
    const stream = threeActive();
    const warning = stream.driverWarning("w1", ["p1", "ghost"]);
    given(stream.events).thenThrows(UnknownParticipantError, { code: "UNKNOWN_PARTICIPANT", event_id: warning.event_id, event_type: "ConcurrentDriverWarning", participant_id: "ghost" });
  });

  it("a listed participant that left: strict throws DepartedParticipantError (the first bad one)", () => {
    const stream = threeActive();
    stream.leave("p2");
    const warning = stream.collision("w1", ["p2", "ghost"]);
    given(stream.events).thenThrows(DepartedParticipantError, { event_id: warning.event_id, event_type: "PotentialStepCollisionDetected", participant_id: "p2" });
  });

  it("permissive: one anomaly per non-active participant, in listed order, and the warning is still recorded", () => {
    const stream = threeActive();
    stream.leave("p2");
    const warning = stream.driverWarning("w1", ["ghost", "p1", "p2"]);
    given(stream.events).then(
      {
        mission_id: MISSION,
        participants: { p1: identity("p1"), p3: identity("p3") },
        departed_participants: { p2: identity("p2") },
        warnings: [{ warning_id: "w1", event_id: warning.event_id, warning_type: "ConcurrentDriverWarning", participant_ids: ["ghost", "p1", "p2"], acknowledgements: {} }],
        anomalies: [
          { event_id: warning.event_id, event_type: "ConcurrentDriverWarning", reason: "Unknown participant 'ghost'", code: "UNKNOWN_PARTICIPANT" },
          { event_id: warning.event_id, event_type: "ConcurrentDriverWarning", reason: "Participant 'p2' has departed", code: "DEPARTED_PARTICIPANT" },
        ],
        event_count: 5,
        last_processed_event_id: warning.event_id,
      },
      ["permissive"],
    );
  });
});

describe("rule: WarningAcknowledged", () => {
  it("acknowledgements[pid] = acknowledgement; a later one overwrites", () => {
    const stream = threeActive();
    const warning = stream.driverWarning("w1", ["p1", "p2"]);
    stream.ack("p1", "w1", "continue");
    stream.ack("p2", "w1", "defer");
    const last = stream.ack("p1", "w1", "reassign");
    const state = given(stream.events).then({
      mission_id: MISSION,
      participants: ACTIVE,
      warnings: [{ warning_id: "w1", event_id: warning.event_id, warning_type: "ConcurrentDriverWarning", participant_ids: ["p1", "p2"], acknowledgements: { p1: "reassign", p2: "defer" } }],
      event_count: 7,
      last_processed_event_id: last.event_id,
    });
    expect(Object.keys(state.warnings[0]!.acknowledgements)).toStrictEqual(["p1", "p2"]);
  });

  it("unknown warning_id: strict throws UnknownWarningError naming the warning", () => {
    const stream = threeActive();
    const ack = stream.ack("p1", "w-missing");
    const error = given(stream.events).thenThrows(UnknownWarningError, {
      code: "UNKNOWN_WARNING",
      event_id: ack.event_id,
      event_type: "WarningAcknowledged",
      warning_id: "w-missing",
      participant_id: "p1",
    });
    expect(error.message).toContain("Warning 'w-missing' not found");
  });

  it("unknown warning_id: permissive anomaly and an UnknownWarning placeholder keeping the ack; a later warning replaces it keeping the acks", () => {
    const stream = threeActive();
    stream.driverWarning("w0", ["p1", "p2"]);
    const ack = stream.ack("p2", "w1", "hold");
    stream.ack("p3", "w1", "defer");
    const placeholderOnly = given(stream.events).then(
      {
        mission_id: MISSION,
        participants: ACTIVE,
        warnings: [
          { warning_id: "w0", event_id: stream.events[3]!.event_id, warning_type: "ConcurrentDriverWarning", participant_ids: ["p1", "p2"], acknowledgements: {} },
          { warning_id: "w1", event_id: ack.event_id, warning_type: "UnknownWarning", participant_ids: ["p2"], acknowledgements: { p2: "hold", p3: "defer" } },
        ],
        anomalies: [{ event_id: ack.event_id, event_type: "WarningAcknowledged", reason: "Warning 'w1' not found", code: "ORPHAN_ACK" }],
        event_count: 6,
        last_processed_event_id: stream.events[5]!.event_id,
      },
      ["permissive"],
    );
    expect(placeholderOnly.warnings).toHaveLength(2);
    const real = stream.collision("w1", ["p1", "p3"]);
    given(stream.events).then(
      {
        mission_id: MISSION,
        participants: ACTIVE,
        warnings: [
          { warning_id: "w0", event_id: stream.events[3]!.event_id, warning_type: "ConcurrentDriverWarning", participant_ids: ["p1", "p2"], acknowledgements: {} },
          { warning_id: "w1", event_id: real.event_id, warning_type: "PotentialStepCollisionDetected", participant_ids: ["p1", "p3"], acknowledgements: { p2: "hold", p3: "defer" } },
        ],
        anomalies: [{ event_id: ack.event_id, event_type: "WarningAcknowledged", reason: "Warning 'w1' not found", code: "ORPHAN_ACK" }],
        event_count: 7,
        last_processed_event_id: real.event_id,
      },
      ["permissive"],
    );
  });

  it("the acknowledger must be active before the warning is looked up", () => {
    const stream = threeActive();
    const ack = stream.ack("ghost", "w-missing");
    given(stream.events).thenThrows(UnknownParticipantError, { event_id: ack.event_id, participant_id: "ghost" });
  });
});
