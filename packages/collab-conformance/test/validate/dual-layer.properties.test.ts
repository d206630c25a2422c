import fc from "fast-check";
import { COLLABORATION_EVENT_TYPES } from "@sk/collab-contracts";
import { describe, expect, it } from "vitest";
import { validateEvent } from "../../src/validate/validate-event.js";
import type { ValidatedEventType } from "../../src/validate/validated-event-type.js";
import { invalidEnvelope, invalidPayload, SPEC_EVENT_TYPES, validEnvelope, validPayload } from "../support/arbitraries.js";

const RUNS = { numRuns: 100 };

function agree(value: unknown, eventType: ValidatedEventType): boolean {
  const result = validateEvent(value, eventType);
  expect(result.disagreement, JSON.stringify({ value, result })).toBe(false);
  return result.valid;
}

describe("both validation layers agree on generated values", () => {
  it("the spec lists the same 14 event types as the contracts", () => {
    expect([...SPEC_EVENT_TYPES].sort()).toEqual([...COLLABORATION_EVENT_TYPES].sort());
  });

  it.each(SPEC_EVENT_TYPES)("%s: valid payloads are valid in both layers", (eventType) => {
    fc.assert(fc.property(validPayload(eventType), (payload) => agree(payload, eventType as ValidatedEventType)), RUNS);
  });

  it.each(SPEC_EVENT_TYPES)("%s: payloads with a broken required field are invalid in both layers", (eventType) => {
    fc.assert(fc.property(invalidPayload(eventType), (payload) => !agree(payload, eventType as ValidatedEventType)), RUNS);
  });

  it.each(SPEC_EVENT_TYPES)("%s: arbitrary JSON and one-field changes get the same verdict", (eventType) => {
    const nearValid = fc
      .tuple(validPayload(eventType), fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 2 }))
      .map(([payload, key, value]) => ({ ...payload, [Object.keys(payload)[key.length % Object.keys(payload).length] as string]: value }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 3 }), nearValid), (value) => {
        agree(value, eventType as ValidatedEventType);
      }),
      RUNS,
    );
  });

  it("envelopes: valid ones are valid, broken ones invalid, arbitrary ones agree", () => {
    fc.assert(fc.property(validEnvelope, (envelope) => agree(envelope, "Event")), { numRuns: 300 });
    fc.assert(fc.property(invalidEnvelope, (envelope) => !agree(envelope, "Event")), { numRuns: 300 });
    const nearValid = fc
      .tuple(validEnvelope, fc.constantFrom("event_id", "timestamp", "lamport_clock", "causation_id", "project_uuid", "schema_version", "data_tier", "payload"), fc.jsonValue({ maxDepth: 1 }))
      .map(([envelope, key, value]) => ({ ...envelope, [key]: value }));
    const nearTimestamp = fc.tuple(validEnvelope, fc.string({ unit: fc.constantFrom(..."0123456789-:TZ.+"), maxLength: 32 })).map(([envelope, timestamp]) => ({ ...envelope, timestamp }));
    fc.assert(fc.property(fc.oneof(fc.jsonValue({ maxDepth: 2 }), nearValid, nearTimestamp), (value) => void agree(value, "Event")), { numRuns: 300 });
  });
});
