import { describe, expect, it } from "vitest";
import { ArgumentError, createMissionEvent, EnvelopeValidationError, isUlid, LamportClock, missionAggregateId, safeParseEvent } from "../../src/index.js";

const base = {
  missionId: "M-1",
  missionRunId: "01HQ8ZQ0X6W8T3K9V5R2M4N7PB",
  eventType: "ParticipantJoined",
  payload: { participant_id: "p-1" },
  nodeId: "saas-1",
  projectUuid: "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
  lamportClock: 3,
} as const;

describe("createMissionEvent", () => {
  it("fills id, aggregate, correlation, timestamp and payload.mission_id", () => {
    const event = createMissionEvent(base);
    expect(isUlid(event.event_id)).toBe(true);
    expect(event.aggregate_id).toBe("mission/M-1");
    expect(event.correlation_id).toBe(base.missionRunId);
    expect(event.payload).toEqual({ participant_id: "p-1", mission_id: "M-1" });
    expect(event.lamport_clock).toBe(3);
    expect(event.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(event.causation_id).toBeNull();
  });

  it("mints strictly increasing ids and ticks a clock", () => {
    const clock = new LamportClock();
    const events = Array.from({ length: 50 }, () => createMissionEvent({ ...base, lamportClock: clock }));
    for (let index = 1; index < events.length; index += 1) {
      expect(events[index]!.event_id > events[index - 1]!.event_id).toBe(true);
      expect(events[index]!.lamport_clock).toBe(index + 1);
    }
  });

  it("takes explicit values", () => {
    const event = createMissionEvent({
      ...base,
      eventId: "01HQ8ZQ0X6W8T3K9V5R2M4N7PA",
      timestamp: "2026-01-15T10:00:00Z",
      causationId: "01HQ8ZQ0X6W8T3K9V5R2M4N7PC",
      projectSlug: "demo",
      schemaVersion: "1.1.0",
      dataTier: 2,
      payload: { mission_id: "M-1", participant_id: "p-1" },
    });
    expect(event).toMatchObject({ event_id: "01HQ8ZQ0X6W8T3K9V5R2M4N7PA", project_slug: "demo", schema_version: "1.1.0", data_tier: 2 });
  });

  it("rejects an empty mission id and a conflicting payload.mission_id", () => {
    expect(() => createMissionEvent({ ...base, missionId: "" })).toThrow(ArgumentError);
    expect(() => createMissionEvent({ ...base, payload: { mission_id: "M-2" } })).toThrow(/payload.mission_id/);
  });

  it("rejects a run id that is not a ULID with the envelope error", () => {
    expect(() => createMissionEvent({ ...base, missionRunId: "run-1" })).toThrow(EnvelopeValidationError);
  });

  it("never produces a naive timestamp: the default carries Z, a given one must carry an offset", () => {
    const clock = new LamportClock();
    for (let index = 0; index < 20; index += 1) {
      const event = createMissionEvent({ ...base, lamportClock: clock });
      expect(safeParseEvent(event).warnings).toEqual([]);
      expect(event.timestamp.endsWith("Z")).toBe(true);
    }
    expect(createMissionEvent({ ...base, timestamp: "2026-03-03T09:12:07.381370+01:00" }).timestamp).toBe("2026-03-03T09:12:07.381370+01:00");
    for (const timestamp of ["2026-03-03T09:12:07.381370", "2026-03-03T09:12:07", "yesterday"]) {
      expect(() => createMissionEvent({ ...base, timestamp })).toThrow(ArgumentError);
    }
    try {
      createMissionEvent({ ...base, timestamp: "2026-03-03T09:12:07" });
    } catch (error) {
      expect(error).toMatchObject({ field: "timestamp", rule: "pattern", value: "2026-03-03T09:12:07" });
      expect((error as Error).message).toContain("builders never emit a naive timestamp");
    }
  });

  it("does not tick the clock when it rejects a naive timestamp", () => {
    const clock = new LamportClock();
    expect(() => createMissionEvent({ ...base, lamportClock: clock, timestamp: "2026-03-03T09:12:07" })).toThrow(ArgumentError);
    expect(clock.value).toBe(0);
  });

  it("builds the aggregate id", () => {
    expect(missionAggregateId("abc")).toBe("mission/abc");
  });
});
