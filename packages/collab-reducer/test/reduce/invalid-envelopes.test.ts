import type { EventEnvelope } from "@sk/event-envelope";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidEnvelopeError, reduceCollaborationEvents } from "../../src/index.ts";
import { eventStream, permutationOf } from "../support/arbitraries.ts";
import { expectDeepEqual } from "../support/deep-equal.ts";
import { deepFreeze, Stream } from "../support/events.ts";
import { outcome } from "../support/outcome.ts";

/** A valid stream, the baseline every hostile element is added to. */
function baseline(): EventEnvelope[] {
  const stream = new Stream();
  stream.join("p1");
  stream.heartbeat("p1");
  stream.comment("p1", "c1");
  return stream.events;
}

const template = baseline()[1]!;
const { node_id: _node, ...withoutNode } = template;

/** Elements of the 14 types (or without a string event_type) that are not valid envelopes. */
const HOSTILE: readonly [string, unknown][] = [
  ["null", null],
  ["a number", 42],
  ["a string", "PresenceHeartbeat"],
  ["an array", [template]],
  ["an empty object", {}],
  ["an object missing node_id", withoutNode],
  ["a bad event_id", { ...template, event_id: "evt-1" }],
  ["a non-string event_type", { ...template, event_type: 14 }],
  ["a missing event_type", (({ event_type: _type, ...rest }) => rest)(template)],
  ["a bad correlation_id", { ...template, correlation_id: "run-1" }],
  ["a payload that is not an object", { ...template, payload: "text" }],
  ["a negative lamport clock", { ...template, lamport_clock: -1 }],
  ["an unparseable timestamp", { ...template, timestamp: "yesterday" }],
];

const stringOrNull = (element: unknown, key: string): string | null => {
  const value = typeof element === "object" && element !== null && !Array.isArray(element) ? (element as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" ? value : null;
};

describe("rule: an element that is not a valid envelope", () => {
  it.each(HOSTILE)("%s: permissive skips it with an INVALID_ENVELOPE anomaly, first, and does not count it", (_name, element) => {
    const events = deepFreeze([...baseline(), element]) as EventEnvelope[];
    const clean = reduceCollaborationEvents(baseline(), { mode: "permissive" });
    const state = reduceCollaborationEvents(events, { mode: "permissive" });
    expect(state.anomalies).toHaveLength(1);
    const [anomaly] = state.anomalies;
    expect(anomaly).toEqual({
      event_id: stringOrNull(element, "event_id"),
      event_type: stringOrNull(element, "event_type"),
      reason: expect.stringMatching(/^invalid envelope: \S/),
      code: "INVALID_ENVELOPE",
    });
    expectDeepEqual({ ...state, anomalies: [] }, { ...clean, anomalies: [] });
  });

  it.each(HOSTILE)("%s: strict throws InvalidEnvelopeError naming it", (_name, element) => {
    const events = deepFreeze([...baseline(), element]) as EventEnvelope[];
    expect(() => reduceCollaborationEvents(events)).toThrow(InvalidEnvelopeError);
    expect(() => reduceCollaborationEvents(events)).toThrow(/\n {2}- events\[3\]/);
  });

  it("strict throws ONE error listing every invalid element, before any rule of the fold", () => {
    const stream = new Stream();
    stream.heartbeat("never-joined");
    const events = [...stream.events, ...HOSTILE.map(([, element]) => element)] as EventEnvelope[];
    let caught: unknown;
    try {
      reduceCollaborationEvents(events);
    } catch (error) {
      caught = error;
    }
    expect(InvalidEnvelopeError.isInstance(caught)).toBe(true);
    const error = caught as InvalidEnvelopeError;
    expect(error.code).toBe("INVALID_ENVELOPE");
    expect(error.elements.map((element) => element.index).sort((a, b) => a - b)).toEqual(HOSTILE.map((_, at) => at + 1));
    expect(error.message).toMatch(new RegExp(`^Event log \\(${HOSTILE.length} elements not a valid event envelope\\)`));
  });

  it("lists the anomalies in canonical-JSON order, before the fold's anomalies", () => {
    const stream = new Stream();
    stream.heartbeat("never-joined");
    const events = [...stream.events, ...HOSTILE.map(([, element]) => element)] as EventEnvelope[];
    const state = reduceCollaborationEvents(events, { mode: "permissive" });
    expect(state.anomalies.map((anomaly) => anomaly.code)).toEqual([...HOSTILE.map(() => "INVALID_ENVELOPE"), "UNKNOWN_PARTICIPANT"]);
    expect(reduceCollaborationEvents([...events].reverse(), { mode: "permissive" })).toEqual(state);
  });

  it("ignores elements of other types, valid or not: only the 14 types (and untyped elements) are checked", () => {
    const foreign = { ...template, event_type: "WPStatusChanged", event_id: "not-a-ulid", lamport_clock: "x" };
    const state = reduceCollaborationEvents([...baseline(), foreign] as EventEnvelope[], { mode: "permissive" });
    expect(state.anomalies).toEqual([]);
    expect(() => reduceCollaborationEvents([...baseline(), foreign] as EventEnvelope[])).not.toThrow();
  });

  it("accepts what the envelope accepts: naive timestamps and unknown extra fields", () => {
    const cli = { ...template, event_id: "01J00000000000000000000099", timestamp: "2026-03-03T09:12:07.381370", role: "implementer", _replay_status: "pending", _retry_count: 0, _last_retry_at: null };
    const events = [...baseline(), cli] as EventEnvelope[];
    expect(reduceCollaborationEvents(events).event_count).toBe(4);
  });

  it("never depends on the input order, and never mutates the input (property)", () => {
    const hostile = fc.oneof(
      fc.constantFrom(...HOSTILE.map(([, element]) => element)),
      fc.record({ event_type: fc.constantFrom("PresenceHeartbeat", "CommentPosted"), event_id: fc.anything(), lamport_clock: fc.anything(), timestamp: fc.anything(), payload: fc.anything() }),
      fc.anything({ maxDepth: 2 }),
    );
    const mixed = fc
      .tuple(eventStream(20), fc.array(hostile, { maxLength: 6 }))
      .chain(([events, bad]) => fc.tuple(fc.constant([...events, ...bad] as unknown[]), permutationOf([...events, ...bad] as unknown[])));
    for (const mode of ["strict", "permissive"] as const) {
      fc.assert(
        fc.property(mixed, ([events, permuted]) => {
          // Frozen: a write to the input would throw (modules run in strict mode).
          deepFreeze(events);
          deepFreeze(permuted);
          const expected = outcome(() => reduceCollaborationEvents(events as EventEnvelope[], { mode }));
          const actual = outcome(() => reduceCollaborationEvents(permuted as EventEnvelope[], { mode }));
          if ("error" in expected && "error" in actual && InvalidEnvelopeError.isInstance(expected.error)) {
            const elements = (error: unknown) => (error as InvalidEnvelopeError).elements.map(({ element, event_id, event_type, violations }) => ({ element, event_id, event_type, violations }));
            expectDeepEqual(elements(actual.error), elements(expected.error));
          } else expectDeepEqual(actual, expected);
        }),
        { numRuns: 200 },
      );
    }
  });
});
