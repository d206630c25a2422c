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

describe("createMissionEvent refusing an event", () => {
  it("neither ticks the clock nor mints an id", () => {
    const clock = new LamportClock(5);
    const first = createMissionEvent({ ...base, lamportClock: clock });
    let thrown: unknown;
    try {
      createMissionEvent({ ...base, lamportClock: clock, nodeId: "" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvelopeValidationError);
    expect((thrown as EnvelopeValidationError).input).toMatchObject({ node_id: "", event_id: undefined, lamport_clock: undefined });
    expect(clock.value).toBe(6);
    const next = createMissionEvent({ ...base, lamportClock: clock });
    expect(next.lamport_clock).toBe(7);
    expect(next.event_id > first.event_id).toBe(true);
  });

  it("runs checkPayload on the built payload before ticking; its error propagates", () => {
    const clock = new LamportClock(1);
    const refuse = (payload: Readonly<Record<string, unknown>>) => {
      expect(payload).toEqual({ participant_id: "p-1", mission_id: "M-1" });
      throw new ArgumentError("payload", "custom", payload, "refused");
    };
    expect(() => createMissionEvent({ ...base, lamportClock: clock }, { checkPayload: refuse })).toThrow(/refused/);
    expect(clock.value).toBe(1);
    expect(createMissionEvent({ ...base, lamportClock: clock }, { checkPayload: () => undefined }).lamport_clock).toBe(2);
  });

  it("keeps an explicit id, even one that looks like a placeholder, and an explicit Lamport value", () => {
    const event = createMissionEvent({ ...base, eventId: "00000000000000000000000000", lamportClock: 0 });
    expect(event).toMatchObject({ event_id: "00000000000000000000000000", lamport_clock: 0 });
  });

  it("names a clock that returns no safe integer, and one at the end of its range", () => {
    const broken = { tick: () => -1 } as unknown as LamportClock;
    expect(() => createMissionEvent({ ...base, lamportClock: broken })).toThrow(expect.objectContaining({ field: "lamportClock", rule: "safeInteger" }));
    const full = new LamportClock(Number.MAX_SAFE_INTEGER);
    expect(() => createMissionEvent({ ...base, lamportClock: full })).toThrow(ArgumentError);
    expect(full.value).toBe(Number.MAX_SAFE_INTEGER);
  });
});
