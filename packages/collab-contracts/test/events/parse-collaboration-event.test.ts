import { EnvelopeValidationError, SkError } from "@sk/event-envelope";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COLLABORATION_EVENT_TYPES,
  CollaborationError,
  CollaborationEventValidationError,
  type CollaborationEventType,
  parseCollaborationEvent,
  safeParseCollaborationEvent,
} from "../../src/index.js";
import { copy, INVALID_PAYLOADS, VALID_PAYLOADS } from "../support/examples.js";

const RUN = "01J0MRXN0000000000000000AB";

function envelope(eventType: string, payload: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const missionId = typeof payload === "object" && payload !== null ? (payload as { mission_id?: unknown }).mission_id : undefined;
  return {
    event_id: "01j0mevt0000000000000000ab",
    event_type: eventType,
    aggregate_id: `mission/${String(missionId)}`,
    payload,
    timestamp: "2026-02-27T12:00:01Z",
    node_id: "saas-node-1",
    lamport_clock: 7,
    causation_id: null,
    project_uuid: "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE",
    project_slug: null,
    correlation_id: RUN.toLowerCase(),
    schema_version: "1.0.0",
    data_tier: 0,
    ...extra,
  };
}

const pathsAndRules = (violations: readonly { path: string; rule: string }[]) => violations.map(({ path, rule }) => `${path} ${rule}`);

describe("safeParseCollaborationEvent", () => {
  it.each([...COLLABORATION_EVENT_TYPES])("accepts a valid %s event: canonical ids, the payload as sent, no warnings", (eventType) => {
    const input = envelope(eventType, copy(VALID_PAYLOADS[eventType as CollaborationEventType]));
    const before = copy(input);
    const result = safeParseCollaborationEvent(input);
    expect(result).toEqual({
      ok: true,
      value: { ...input, event_id: "01J0MEVT0000000000000000AB", project_uuid: "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", correlation_id: RUN },
      warnings: [],
    });
    expect(input).toEqual(before);
  });

  it("lists the envelope's, the payload's and the mapping's violations together, paths from the event's root", () => {
    const payload = { mission_id: "mission-042", participant_id: "", intent: "paused" };
    const result = safeParseCollaborationEvent(envelope("DriveIntentSet", payload, { node_id: "", aggregate_id: "mission/other" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(pathsAndRules(result.violations)).toEqual(["/node_id minLength", "/payload/participant_id minLength", "/payload/intent enum", "/aggregate_id missionMapping"]);
    expect(result.violations[1]).toMatchObject({ value: "", message: expect.stringMatching(/^\/payload\/participant_id: .*\(rule: minLength\), got ""$/) });
    expect(result.violations[3]).toMatchObject({ value: "mission/other", message: expect.stringContaining('expected "mission/mission-042"') });
    expect(Object.isFrozen(result.violations)).toBe(true);
  });

  it.each(INVALID_PAYLOADS.map((example) => [example.description, example] as const))("reports the payload vector %s under /payload", (_description, example) => {
    const payload = example.payload as { mission_id?: unknown };
    const aggregate = typeof payload?.mission_id === "string" && payload.mission_id !== "" ? {} : { aggregate_id: "mission/m" };
    const result = safeParseCollaborationEvent(envelope(example.event_type, example.payload, aggregate));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(pathsAndRules(result.violations)).toEqual(example.violations.map(({ path, rule }) => `/payload${path} ${rule}`));
  });

  it("reports an event type that is not one of the 14, and checks no payload for it", () => {
    const result = safeParseCollaborationEvent(envelope("MissionCreated", { anything: 1 }));
    expect(result).toMatchObject({ ok: false, violations: [{ path: "/event_type", rule: "enum", value: "MissionCreated" }] });
  });

  it("reports a missing or non-string event_type once, from the envelope", () => {
    const { event_type: _dropped, ...missing } = envelope("DriveIntentSet", VALID_PAYLOADS.DriveIntentSet);
    expect(safeParseCollaborationEvent(missing)).toMatchObject({ ok: false, violations: [{ path: "/event_type", rule: "required" }] });
    const numeric = safeParseCollaborationEvent({ ...missing, event_type: 3 });
    expect(numeric.ok === false && pathsAndRules(numeric.violations)).toEqual(["/event_type type"]);
  });

  it("checks a missing payload as {} and a non-object payload only once", () => {
    const { payload: _dropped, ...noPayload } = envelope("PresenceHeartbeat", VALID_PAYLOADS.PresenceHeartbeat);
    const missing = safeParseCollaborationEvent(noPayload);
    expect(missing.ok === false && pathsAndRules(missing.violations)).toEqual(["/payload/mission_id required", "/payload/participant_id required"]);
    for (const payload of [null, [], "x"]) {
      const result = safeParseCollaborationEvent(envelope("PresenceHeartbeat", payload, { aggregate_id: "mission/m" }));
      expect(result.ok === false && result.violations.every(({ path }) => path === "/payload")).toBe(true);
    }
  });

  it("reports the mapping only when the payload names a mission and aggregate_id is a string", () => {
    const valid = VALID_PAYLOADS.PresenceHeartbeat;
    const wrongType = safeParseCollaborationEvent(envelope("PresenceHeartbeat", valid, { aggregate_id: 5 }));
    expect(wrongType.ok === false && pathsAndRules(wrongType.violations)).toEqual(["/aggregate_id type"]);
    const badRun = safeParseCollaborationEvent(envelope("PresenceHeartbeat", valid, { correlation_id: "run-7" }));
    expect(badRun.ok === false && pathsAndRules(badRun.violations)).toEqual(["/correlation_id pattern"]);
  });

  it("returns the warnings beside the value, and beside the violations", () => {
    const naive = "2026-03-03T09:12:07.381370";
    const valid = safeParseCollaborationEvent(envelope("PresenceHeartbeat", VALID_PAYLOADS.PresenceHeartbeat, { timestamp: naive }));
    expect(valid).toMatchObject({ ok: true, value: { timestamp: naive }, warnings: [{ code: "TIMESTAMP_WITHOUT_OFFSET", path: "/timestamp", value: naive }] });
    const invalid = safeParseCollaborationEvent(envelope("PresenceHeartbeat", { mission_id: VALID_PAYLOADS.PresenceHeartbeat.mission_id }, { timestamp: naive }));
    expect(invalid).toMatchObject({ ok: false, warnings: [{ code: "TIMESTAMP_WITHOUT_OFFSET" }] });
  });

  it("never throws, for any value", () => {
    const event = fc.record({
      event_type: fc.oneof(fc.constantFrom(...COLLABORATION_EVENT_TYPES), fc.jsonValue()),
      payload: fc.oneof(fc.constant(VALID_PAYLOADS.FocusChanged), fc.jsonValue()),
      aggregate_id: fc.oneof(fc.constant("mission/mission-042"), fc.jsonValue()),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), event.map((fields) => ({ ...envelope("FocusChanged", {}), ...fields }))), (value) => {
        const result = safeParseCollaborationEvent(value);
        if (!result.ok) expect(result.violations.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseCollaborationEvent", () => {
  it("returns the typed event and its warnings", () => {
    const { value, warnings } = parseCollaborationEvent(envelope("CommentPosted", VALID_PAYLOADS.CommentPosted));
    expect(value.event_type).toBe("CommentPosted");
    expect(value.event_type === "CommentPosted" && value.payload.content).toBe(VALID_PAYLOADS.CommentPosted.content);
    expect(warnings).toEqual([]);
  });

  it("throws one CollaborationEventValidationError listing every violation", () => {
    const input = envelope("DriveIntentSet", { mission_id: "mission-042", participant_id: "p", intent: "paused" }, { lamport_clock: -1 });
    let thrown: unknown;
    try {
      parseCollaborationEvent(input);
    } catch (error) {
      thrown = error;
    }
    expect(CollaborationEventValidationError.isInstance(thrown)).toBe(true);
    expect(CollaborationError.isInstance(thrown)).toBe(true);
    expect(EnvelopeValidationError.isInstance(thrown)).toBe(false);
    const error = thrown as CollaborationEventValidationError;
    expect(error).toMatchObject({ code: "COLLABORATION_EVENT_VALIDATION", event_id: "01j0mevt0000000000000000ab", event_type: "DriveIntentSet", input });
    expect(pathsAndRules(error.violations)).toEqual(["/lamport_clock minimum", "/payload/intent enum"]);
    expect(error.message).toMatch(/^Collaboration event 01j0mevt0000000000000000ab is invalid \(2 violations\):\n {2}- \/lamport_clock: .*\n {2}- \/payload\/intent: /);
  });

  it("names no event for a value without an id, and renders a non-string event type", () => {
    for (const [input, eventType] of [[null, "undefined"], [{ event_type: 7 }, "7"], [{ event_type: "PresenceHeartbeat" }, "PresenceHeartbeat"]] as const) {
      let thrown: unknown;
      try {
        parseCollaborationEvent(input);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ event_id: null, event_type: eventType });
      expect(SkError.isInstance(thrown)).toBe(true);
    }
    expect(new CollaborationEventValidationError([{ path: "", rule: "type", value: 1, message: "(root): bad" }], 1).message).toBe(
      "Collaboration event is invalid (1 violation):\n  - (root): bad",
    );
  });
});
