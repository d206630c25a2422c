import { SkError } from "@sk/event-envelope";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertPayload,
  COLLABORATION_EVENT_TYPES,
  type CollaborationEventType,
  PayloadValidationError,
  UnknownEventTypeError,
  validatePayload,
} from "../../src/index.js";
import { copy, INVALID_PAYLOADS, VALID_PAYLOADS } from "../support/examples.js";

const TYPES = [...COLLABORATION_EVENT_TYPES];
const eventTypeArbitrary = fc.constantFrom(...TYPES);

/** Everything fast-check can make, including values JSON cannot carry. */
const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

describe("validatePayload", () => {
  it.each(TYPES)("returns the very payload, typed, for a valid %s", (eventType) => {
    const payload = copy(VALID_PAYLOADS[eventType]);
    const result = validatePayload(eventType, payload);
    expect(result).toEqual({ ok: true, value: payload });
    expect(result.ok && result.value).toBe(payload);
  });

  it.each(INVALID_PAYLOADS.map((example) => [example.description, example] as const))("reports every violation: %s", (_, example) => {
    const result = validatePayload(example.event_type, example.payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.map(({ path, rule }) => ({ path, rule }))).toEqual(example.violations);
    for (const violation of result.violations) expect(violation.message).toContain(`(rule: ${violation.rule})`);
  });

  it("does not modify the payload", () => {
    const payload = { ...copy(VALID_PAYLOADS.CommentPosted), content: "" };
    const snapshot = structuredClone(payload);
    validatePayload("CommentPosted", payload);
    expect(payload).toEqual(snapshot);
  });

  it("throws UnknownEventTypeError for anything that is not one of the 14 types", () => {
    for (const eventType of ["MissionCreated", "", "__proto__", "constructor", "toString", null, 3, undefined]) {
      expect(() => validatePayload(eventType as CollaborationEventType, {})).toThrow(UnknownEventTypeError);
    }
  });

  it("never throws for any payload of a known type: the payload itself or at least one violation", () => {
    fc.assert(
      fc.property(eventTypeArbitrary, anyValue, (eventType, payload) => {
        const result = validatePayload(eventType, payload);
        if (result.ok) expect(result.value).toBe(payload);
        else expect(result.violations.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("only ever throws UnknownEventTypeError, whatever the event type and payload", () => {
    fc.assert(
      fc.property(fc.oneof(eventTypeArbitrary, fc.jsonValue()), fc.jsonValue(), (eventType, payload) => {
        try {
          validatePayload(eventType as CollaborationEventType, payload);
          expect(COLLABORATION_EVENT_TYPES.has(eventType as CollaborationEventType)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(UnknownEventTypeError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("assertPayload", () => {
  it("returns the typed payload when valid", () => {
    const payload = copy(VALID_PAYLOADS.DecisionCaptured);
    const decision = assertPayload("DecisionCaptured", payload);
    expect(decision).toBe(payload);
    expect(decision.chosen_option).toBe("Alice drives, Bob reviews");
  });

  it("throws PayloadValidationError with every violation, the event id and the payload", () => {
    const example = INVALID_PAYLOADS.find((candidate) => candidate.event_type === "DecisionCaptured")!;
    let thrown: unknown;
    try {
      assertPayload(example.event_type, example.payload, { eventId: "01HZX0000000000000000000AA" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PayloadValidationError);
    const error = thrown as PayloadValidationError;
    expect(error).toMatchObject({ code: "PAYLOAD_VALIDATION", event_type: "DecisionCaptured", event_id: "01HZX0000000000000000000AA" });
    expect(error.payload).toBe(example.payload);
    expect(error.violations.map(({ path, rule }) => ({ path, rule }))).toEqual(example.violations);
    expect(error.message).toContain("/topic");
    expect(error.message).toContain("/chosen_option");
  });

  it("has a null event_id when none is given", () => {
    expect(() => assertPayload("DriveIntentSet", {})).toThrow(expect.objectContaining({ event_id: null }));
  });

  it("names the event id in an unknown-type error", () => {
    expect(() => assertPayload("Nope" as CollaborationEventType, {}, { eventId: "E1" })).toThrow(
      expect.objectContaining({ code: "UNKNOWN_EVENT_TYPE", event_id: "E1", value: "Nope" }),
    );
  });

  it("throws only typed SkErrors for arbitrary input, and returns valid payloads", () => {
    fc.assert(
      fc.property(fc.oneof(eventTypeArbitrary, fc.string()), anyValue, (eventType, payload) => {
        try {
          expect(assertPayload(eventType as CollaborationEventType, payload)).toBe(payload);
        } catch (error) {
          expect(SkError.isInstance(error)).toBe(true);
          expect(error instanceof PayloadValidationError || error instanceof UnknownEventTypeError).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
