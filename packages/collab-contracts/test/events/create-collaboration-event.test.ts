import { ArgumentError, EnvelopeValidationError, LamportClock, SkError } from "@sk/event-envelope";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CollaborationEventInput,
  type CollaborationEventType,
  checkEnvelopeMapping,
  createCollaborationEvent,
  PayloadValidationError,
  UnknownEventTypeError,
} from "../../src/index.js";
import { copy, VALID_PAYLOADS } from "../support/examples.js";

const RUN = "01J0MRXN0000000000000000AB";
const BASE = {
  missionId: "mission-042",
  missionRunId: RUN,
  nodeId: "saas-node-1",
  projectUuid: "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE",
  lamportClock: 7,
  timestamp: "2026-02-27T12:00:01Z",
  eventId: "01j0mevt0000000000000000ab",
} as const;

function withoutMission<T extends { mission_id: string }>(payload: T): Omit<T, "mission_id"> {
  const { mission_id: _ignored, ...rest } = copy(payload);
  return rest;
}

describe("createCollaborationEvent", () => {
  it("builds a canonical envelope with mission_id added to the payload", () => {
    const payload = withoutMission(VALID_PAYLOADS.DriveIntentSet);
    const event = createCollaborationEvent({ ...BASE, eventType: "DriveIntentSet", payload });
    expect(event).toEqual({
      event_id: "01J0MEVT0000000000000000AB",
      event_type: "DriveIntentSet",
      aggregate_id: "mission/mission-042",
      payload: { ...payload, mission_id: "mission-042" },
      timestamp: "2026-02-27T12:00:01Z",
      node_id: "saas-node-1",
      lamport_clock: 7,
      causation_id: null,
      project_uuid: "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee",
      project_slug: null,
      correlation_id: RUN,
      schema_version: "1.0.0",
      data_tier: 0,
    });
    expect(payload).not.toHaveProperty("mission_id");
    expect(checkEnvelopeMapping(event)).toEqual([]);
    expect(event.payload.intent).toBe("active");
  });

  it.each(Object.keys(VALID_PAYLOADS) as CollaborationEventType[])("builds a valid %s event from its example", (eventType) => {
    const input = { ...BASE, eventType, payload: copy(VALID_PAYLOADS[eventType]) } as CollaborationEventInput<typeof eventType>;
    const event = createCollaborationEvent(input);
    expect(event.event_type).toBe(eventType);
    expect(event.payload).toEqual(VALID_PAYLOADS[eventType]);
    expect(checkEnvelopeMapping(event)).toEqual([]);
  });

  it("ticks a LamportClock and mints ids and timestamps when not given", () => {
    const clock = new LamportClock(41);
    const { eventId: _e, timestamp: _t, ...rest } = BASE;
    const event = createCollaborationEvent({ ...rest, lamportClock: clock, eventType: "PresenceHeartbeat", payload: { participant_id: "prt-alice" } });
    expect(event.lamport_clock).toBe(42);
    expect(event.event_id).toMatch(/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/);
    expect(event.timestamp).toMatch(/Z$/);
  });

  it("throws PayloadValidationError naming the event id and every violation", () => {
    const payload = { participant_id: "prt-alice", intent: "paused" } as unknown as CollaborationEventInput<"DriveIntentSet">["payload"];
    let thrown: unknown;
    try {
      createCollaborationEvent({ ...BASE, eventType: "DriveIntentSet", payload });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PayloadValidationError);
    expect(thrown).toMatchObject({ event_id: "01J0MEVT0000000000000000AB", event_type: "DriveIntentSet", payload: { ...payload, mission_id: "mission-042" } });
    expect((thrown as PayloadValidationError).violations).toMatchObject([{ path: "/intent", rule: "enum", value: "paused" }]);
  });

  it("consumes no Lamport tick and mints no event id when the payload is refused", () => {
    const clock = new LamportClock(10);
    const { eventId: _e, ...rest } = BASE;
    const payload = { participant_id: "prt-alice", intent: "paused" } as unknown as CollaborationEventInput<"DriveIntentSet">["payload"];
    let thrown: unknown;
    try {
      createCollaborationEvent({ ...rest, lamportClock: clock, eventType: "DriveIntentSet", payload });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PayloadValidationError);
    expect((thrown as PayloadValidationError).event_id).toBeNull();
    expect(clock.value).toBe(10);
    const next = createCollaborationEvent({ ...rest, lamportClock: clock, eventType: "DriveIntentSet", payload: { participant_id: "prt-alice", intent: "active" } });
    expect(next.lamport_clock).toBe(11);
    expect(clock.value).toBe(11);
  });

  it("consumes no Lamport tick when the envelope is refused", () => {
    const clock = new LamportClock(3);
    const payload = withoutMission(VALID_PAYLOADS.DriveIntentSet);
    expect(() => createCollaborationEvent({ ...BASE, lamportClock: clock, nodeId: "", eventType: "DriveIntentSet", payload })).toThrow(EnvelopeValidationError);
    expect(clock.value).toBe(3);
  });

  it("keeps the envelope's own errors for envelope problems", () => {
    const payload = withoutMission(VALID_PAYLOADS.DriveIntentSet);
    expect(() => createCollaborationEvent({ ...BASE, missionId: "", eventType: "DriveIntentSet", payload })).toThrow(ArgumentError);
    expect(() =>
      createCollaborationEvent({ ...BASE, eventType: "DriveIntentSet", payload: { ...payload, mission_id: "other-mission" } }),
    ).toThrow(/payload.mission_id.*missionMapping/);
    expect(() => createCollaborationEvent({ ...BASE, missionRunId: "not-a-ulid", eventType: "DriveIntentSet", payload })).toThrow(
      EnvelopeValidationError,
    );
  });

  it("rejects malformed input with typed errors instead of crashing", () => {
    const payload = withoutMission(VALID_PAYLOADS.DriveIntentSet);
    const create = (input: unknown) => () => createCollaborationEvent(input as CollaborationEventInput<"DriveIntentSet">);
    expect(create(null)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "input" }));
    expect(create([])).toThrow(expect.objectContaining({ field: "input" }));
    expect(create({ ...BASE, eventType: "MissionCreated", payload })).toThrow(UnknownEventTypeError);
    expect(create({ ...BASE, eventType: "DriveIntentSet", payload: null })).toThrow(expect.objectContaining({ field: "payload", rule: "type" }));
    expect(create({ ...BASE, eventType: "DriveIntentSet", payload: ["x"] })).toThrow(expect.objectContaining({ field: "payload" }));
    expect(create({ ...BASE, lamportClock: "7", eventType: "DriveIntentSet", payload })).toThrow(
      expect.objectContaining({ field: "lamportClock", rule: "type", value: "7" }),
    );
    expect(create({ ...BASE, lamportClock: { tick: 1 }, eventType: "DriveIntentSet", payload })).toThrow(
      expect.objectContaining({ field: "lamportClock" }),
    );
  });

  it("throws only typed errors for arbitrary input", () => {
    const fields = fc.record(
      {
        missionId: fc.oneof(fc.constant("m"), fc.jsonValue()),
        missionRunId: fc.oneof(fc.constant(RUN), fc.jsonValue()),
        eventType: fc.oneof(fc.constantFrom("DriveIntentSet", "CommentPosted"), fc.jsonValue()),
        payload: fc.oneof(fc.constant({ participant_id: "p", intent: "active" }), fc.jsonValue()),
        nodeId: fc.oneof(fc.constant("n"), fc.jsonValue()),
        projectUuid: fc.oneof(fc.constant(BASE.projectUuid), fc.jsonValue()),
        lamportClock: fc.oneof(fc.nat(), fc.jsonValue()),
        timestamp: fc.jsonValue(),
      },
      { requiredKeys: ["missionId", "missionRunId", "eventType", "payload", "nodeId", "projectUuid", "lamportClock"] },
    );
    fc.assert(
      fc.property(fc.oneof(fields, fc.jsonValue()), (input) => {
        try {
          const event = createCollaborationEvent(input as CollaborationEventInput<"DriveIntentSet">);
          expect(checkEnvelopeMapping(event)).toEqual([]);
        } catch (error) {
          expect(SkError.isInstance(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
