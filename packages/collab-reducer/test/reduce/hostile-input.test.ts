import { CollaborationError, COLLABORATION_EVENT_TYPES, PayloadValidationError } from "@sk/collab-contracts";
import type { EventEnvelope } from "@sk/event-envelope";
import { EnvelopeValidationError, SkError } from "@sk/event-envelope/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCollaborationReducer, InvalidEnvelopeError, reduceCollaborationEvents } from "../../src/index.ts";
import { expectDeepEqual } from "../support/deep-equal.ts";
import { deepFreeze, MISSION, Stream } from "../support/events.ts";

const EVENT_TYPES = [...COLLABORATION_EVENT_TYPES];

/** Events of random collaboration types whose payloads are arbitrary JSON-like values. */
const hostileEvents = fc.array(
  fc.tuple(fc.constantFrom(...EVENT_TYPES), fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, maxDepth: 4 }), fc.nat(5)),
  { minLength: 1, maxLength: 12 },
).map((items) => {
  const stream = new Stream();
  stream.join("p1");
  return [...stream.events, ...items.map(([type, payload, lamport]) => ({ ...stream.make(type, {}, { lamport }), payload }) as EventEnvelope)];
});

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? { child: value } : [value];
  return value;
}

describe("hostile input", () => {
  it("arbitrary payloads: permissive never throws; strict throws only typed collaboration errors", () => {
    fc.assert(
      fc.property(hostileEvents, (events) => {
        deepFreeze(events);
        const state = reduceCollaborationEvents(events, { mode: "permissive" });
        expect(state.event_count).toBeGreaterThan(0);
        const notObjects = events.filter((event) => event.payload !== undefined && (typeof event.payload !== "object" || event.payload === null || Array.isArray(event.payload)));
        expect(state.anomalies.filter((anomaly) => anomaly.code === "INVALID_ENVELOPE")).toHaveLength(notObjects.length);
        try {
          reduceCollaborationEvents(events, { mode: "strict" });
        } catch (error) {
          expect(CollaborationError.isInstance(error) || InvalidEnvelopeError.isInstance(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary object payloads fed to the live reducer behave like the batch reducer", () => {
    fc.assert(
      fc.property(hostileEvents, (all) => {
        // A payload that is not an object makes an invalid envelope, which apply() refuses per call.
        const events = all.filter((event) => typeof event.payload === "object" && event.payload !== null && !Array.isArray(event.payload));
        const live = createCollaborationReducer({ mode: "permissive" });
        // The live reducer refuses what is not a valid envelope (a typed error per call); the rest must match the batch reduction.
        const accepted = events.filter((event) => {
          try {
            live.apply(event);
            return true;
          } catch (error) {
            expect(error).toBeInstanceOf(EnvelopeValidationError);
            return false;
          }
        });
        expectDeepEqual(live.state(), reduceCollaborationEvents(accepted, { mode: "permissive" }));
      }),
      { numRuns: 100 },
    );
  });

  it("arbitrary values as events: permissive never throws, strict raises typed errors only", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.record({ event_type: fc.constantFrom(...EVENT_TYPES), event_id: fc.anything(), lamport_clock: fc.anything(), timestamp: fc.anything(), payload: fc.anything() }))), (events) => {
        expect(reduceCollaborationEvents(events as never, { mode: "permissive" }).event_count).toBeLessThanOrEqual(events.length);
        try {
          reduceCollaborationEvents(events as never, { mode: "strict" });
        } catch (error) {
          expect(SkError.isInstance(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("huge strings and deep nesting are handled, and reasons stay bounded", () => {
    const stream = new Stream();
    const bigId = "p".repeat(1_000_000);
    stream.join(bigId);
    stream.comment(bigId, "c1", "x".repeat(5_000_000));
    stream.add("PresenceHeartbeat", { participant_id: bigId, extra: nested(2000) });
    stream.add("DriveIntentSet", { participant_id: bigId, intent: "y".repeat(2_000_000) });
    const state = reduceCollaborationEvents(deepFreeze(stream.events), { mode: "permissive" });
    expect(state.comments[0]!.content).toHaveLength(5_000_000);
    expect(Object.keys(state.presence)).toStrictEqual([bigId]);
    expect(state.anomalies).toHaveLength(1);
    expect(state.anomalies[0]!.reason.length).toBeLessThan(400);
    expect(() => reduceCollaborationEvents(stream.events, { mode: "strict" })).toThrow(PayloadValidationError);
  });

  it("a deeply nested payload in a conflicting duplicate raises a typed error at worst", () => {
    const stream = new Stream();
    stream.join("p1");
    const deep = stream.add("PresenceHeartbeat", { participant_id: "p1", extra: nested(100_000) });
    const other = { ...deep, payload: { ...deep.payload, extra: nested(100_001) } };
    for (const mode of ["strict", "permissive"] as const) {
      try {
        const state = reduceCollaborationEvents([...stream.events, other], { mode });
        expect(state.anomalies[0]!.reason).toMatch(/^conflicting duplicate event_id/);
      } catch (error) {
        expect(SkError.isInstance(error)).toBe(true);
      }
    }
  });

  it("ids that are Object.prototype member names are data, everywhere", () => {
    const stream = new Stream();
    for (const pid of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      stream.join(pid);
      stream.comment(pid, pid, pid, pid);
      stream.decision(pid, pid, { referenced_warning_id: pid });
    }
    stream.add("PresenceHeartbeat", { participant_id: "__proto__", mission_id: "__proto__" });
    const state = reduceCollaborationEvents(stream.events, { mode: "permissive", missionId: MISSION });
    expect(Object.keys(state.participants)).toHaveLength(4);
    expect(state.comments).toHaveLength(4);
    expect(state.anomalies[0]!.reason).toContain("'__proto__'");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
