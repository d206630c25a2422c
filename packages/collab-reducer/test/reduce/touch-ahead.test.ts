import { PayloadValidationError } from "@sk/collab-contracts";
import type { EventEnvelope } from "@sk/event-envelope";
import { describe, expect, it } from "vitest";
import { reduceCollaborationEvents } from "../../src/index.ts";
import { TOUCH_BLOCK } from "../../src/reduce/touch-ahead.ts";
import { deepFreeze, Stream } from "../support/events.ts";

/** A stream long enough for every touched block, with malformed payloads where the fold touches ahead. */
function longStreamWithMalformedPayloads(): { readonly events: readonly EventEnvelope[]; readonly malformed: number } {
  const stream = new Stream();
  stream.join("p1");
  for (let at = 0; at < 5 * TOUCH_BLOCK; at++) stream.add("PresenceHeartbeat", { participant_id: "p1" });
  // Objects (a valid envelope's payload is one) that break the payload schema.
  const payloads: unknown[] = [{}, { mission_id: 5, participant_id: 7 }, { participant_id: null }, { mission_id: [], participant_id: {} }, { participant_id: "p1", mission_id: null }, Object.create(null), undefined];
  const events = stream.events.map((event, at) => (at >= 2 * TOUCH_BLOCK && at - 2 * TOUCH_BLOCK < payloads.length ? { ...event, payload: payloads[at - 2 * TOUCH_BLOCK] } : event));
  return { events: deepFreeze(events as EventEnvelope[]), malformed: payloads.length };
}

describe("touching ahead while folding (a cache optimisation)", () => {
  it("tolerates any payload shape: permissive records one anomaly per malformed payload, nothing else changes", () => {
    const { events, malformed } = longStreamWithMalformedPayloads();
    const state = reduceCollaborationEvents(events, { mode: "permissive" });
    expect(state.event_count).toBe(events.length);
    expect(state.anomalies).toHaveLength(malformed);
    expect(Object.keys(state.presence)).toStrictEqual(["p1"]);
  });

  it("strict mode still throws the typed payload error of the first malformed event, in processed order", () => {
    const { events } = longStreamWithMalformedPayloads();
    expect(() => reduceCollaborationEvents(events)).toThrow(PayloadValidationError);
    try {
      reduceCollaborationEvents(events);
    } catch (error) {
      expect((error as PayloadValidationError).event_id).toBe(events[2 * TOUCH_BLOCK]!.event_id);
    }
  });
});
