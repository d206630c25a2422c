import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEnvelopeCheck, createEnvelopeIdCheck, envelopeValidator } from "../../src/index.js";
import { validWireEnvelope } from "../envelope-fixture.js";

/** Values near each field's rules: valid ones, broken ones, wrong types, absent. */
const nearValues: Record<string, readonly unknown[]> = {
  event_id: ["01HQ8ZQ0X6W8T3K9V5R2M4N7PA", "01hq8zq0x6w8t3k9v5r2m4n7pa", "81HQ8ZQ0X6W8T3K9V5R2M4N7PA", "01HQ8ZQ0X6W8T3K9V5R2M4N7PI", "", 7],
  event_type: ["PresenceHeartbeat", "", 3, null],
  aggregate_id: ["mission/m", "", []],
  payload: [{}, { a: 1 }, [], null, "x", undefined, new Date(0)],
  timestamp: ["2026-01-15T10:00:00Z", "2026-03-03T09:12:07.381370", "2026-01-15T10:00:00.1234567", "2026-02-30T10:00:00Z", 0],
  node_id: ["cli-local", "", null],
  lamport_clock: [0, 7, Number.MAX_SAFE_INTEGER, 2 ** 53, -1, 1.5, Number.NaN, "7", -0],
  causation_id: [undefined, null, "01HQ8ZQ0X6W8T3K9V5R2M4N7PC", "nope", 5],
  project_uuid: ["6F1C9E2A-3B4D-4E5F-8A9B-0C1D2E3F4A5B", "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "6f1c9e2a", "", undefined, 1],
  project_slug: [undefined, null, "demo", "", 3],
  correlation_id: ["01HQ8ZQ0X6W8T3K9V5R2M4N7PB", "01hq8zq0x6w8t3k9v5r2m4n7pb", "run-1", "", undefined, null],
  schema_version: [undefined, "1.0.0", "10.20.30", "1.0", "", 1, null],
  data_tier: [undefined, 0, 4, 5, -1, 1.5, "0", null],
};
const fields = Object.keys(nearValues);

/** An envelope with up to four fields replaced by near values (or deleted). */
const nearEnvelope = fc
  .array(fc.tuple(fc.constantFrom(...fields), fc.nat(), fc.boolean()), { maxLength: 4 })
  .map((changes) => {
    const value: Record<string, unknown> = validWireEnvelope();
    for (const [field, pick, remove] of changes) {
      if (remove && pick % 5 === 0) delete value[field];
      else value[field] = nearValues[field]![pick % nearValues[field]!.length];
    }
    return value;
  });

/** Envelopes near the rules, and anything else, one after the other. */
const logs = fc.array(fc.oneof(nearEnvelope, fc.anything({ maxDepth: 2 })), { maxLength: 30 });

describe("createEnvelopeCheck", () => {
  it("gives the compiled validator's verdict on every value, one after the other (it remembers)", () => {
    fc.assert(
      fc.property(logs, (values) => {
        const check = createEnvelopeCheck();
        for (const value of values) expect(check(value)).toBe(envelopeValidator.check(value));
      }),
      { numRuns: 1000 },
    );
  });

  it("does not take a remembered value for a missing or invalid one", () => {
    const check = createEnvelopeCheck();
    expect(check(validWireEnvelope())).toBe(true);
    const { project_uuid: _uuid, ...withoutUuid } = validWireEnvelope();
    const { correlation_id: _correlation, ...withoutCorrelation } = validWireEnvelope();
    expect(check(withoutUuid)).toBe(false);
    expect(check(withoutCorrelation)).toBe(false);
    expect(check({ ...validWireEnvelope(), schema_version: "1.0.0" })).toBe(true);
    expect(check({ ...validWireEnvelope(), schema_version: "1.0" })).toBe(false);
    expect(createEnvelopeCheck()({ ...validWireEnvelope(), project_uuid: "", correlation_id: "" })).toBe(false);
  });
});

describe("createEnvelopeIdCheck", () => {
  it("gives the compiled validator's verdict, and for a valid envelope its event_id upper-cased", () => {
    fc.assert(
      fc.property(logs, (values) => {
        const eventIdOf = createEnvelopeIdCheck();
        for (const value of values) {
          const expected = envelopeValidator.check(value) ? value.event_id.toUpperCase() : undefined;
          expect(eventIdOf(value)).toBe(expected);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("returns a canonical event_id as is", () => {
    const canonical = { ...validWireEnvelope(), event_id: "01HQ8ZQ0X6W8T3K9V5R2M4N7PA" };
    expect(createEnvelopeIdCheck()(canonical)).toBe(canonical.event_id);
    expect(createEnvelopeIdCheck()(validWireEnvelope())).toBe("01HQ8ZQ0X6W8T3K9V5R2M4N7PA");
    expect(createEnvelopeIdCheck()({ ...validWireEnvelope(), event_id: "01HQ8ZQ0X6W8T3K9V5R2M4N7PI" })).toBeUndefined();
  });
});
