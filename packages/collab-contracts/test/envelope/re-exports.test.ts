import * as envelope from "@sk/event-envelope";
import { describe, expect, it } from "vitest";
import * as contracts from "../../src/index.js";

describe("re-exports of @sk/event-envelope", () => {
  it("are the envelope package's own values, not copies", () => {
    const pairs = [
      [contracts.ArgumentError, envelope.ArgumentError],
      [contracts.EnvelopeValidationError, envelope.EnvelopeValidationError],
      [contracts.LamportClock, envelope.LamportClock],
      [contracts.missionAggregateId, envelope.missionAggregateId],
      [contracts.parseEvent, envelope.parseEvent],
      [contracts.SkError, envelope.SkError],
      [contracts.safeParseEvent, envelope.safeParseEvent],
      [contracts.ValidationError, envelope.ValidationError],
    ] as const;
    for (const [reExported, original] of pairs) expect(reExported).toBe(original);
  });

  it("lets a consumer build, parse and catch with one import", () => {
    const clock = new contracts.LamportClock(4);
    const event = contracts.createCollaborationEvent({
      missionId: "m-1",
      missionRunId: "01J0MRXN0000000000000000AB",
      nodeId: "cli-1",
      projectUuid: "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
      lamportClock: clock,
      eventType: "PresenceHeartbeat",
      payload: { participant_id: "p-1" },
    });
    expect(contracts.parseEvent(event).value).toEqual(event);
    expect(() => contracts.parseEvent({})).toThrow(contracts.EnvelopeValidationError);
    expect(contracts.SkError.isInstance(new envelope.ArgumentError("x", "type", 1, "expected"))).toBe(true);
  });
});
