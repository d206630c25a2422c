import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EnvelopeValidationError, parseEvent, safeParseEvent, SkError, type Violation } from "../../src/index.js";
import { validWireEnvelope } from "../envelope-fixture.js";

function violationsOf(value: unknown): readonly Violation[] {
  const result = safeParseEvent(value);
  if (result.ok) throw new Error("expected violations");
  return result.violations;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

describe("parseEvent", () => {
  it("canonicalises ids and fills defaults", () => {
    const { value: event, warnings } = parseEvent(validWireEnvelope());
    expect(warnings).toEqual([]);
    expect(event.event_id).toBe("01HQ8ZQ0X6W8T3K9V5R2M4N7PA");
    expect(event.correlation_id).toBe("01HQ8ZQ0X6W8T3K9V5R2M4N7PB");
    expect(event.project_uuid).toBe("6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
    expect(event.causation_id).toBeNull();
    expect(event.project_slug).toBeNull();
    expect(event.schema_version).toBe("1.0.0");
    expect(event.data_tier).toBe(0);
    expect(event.timestamp).toBe("2026-01-15T10:00:00.5Z");
  });

  it("defaults a missing payload to {} and upper-cases a causation id", () => {
    const { payload: _payload, ...withoutPayload } = validWireEnvelope();
    const { value: event } = parseEvent({ ...withoutPayload, causation_id: "01hq8zq0x6w8t3k9v5r2m4n7pc", project_slug: "demo" });
    expect(event.payload).toEqual({});
    expect(event.causation_id).toBe("01HQ8ZQ0X6W8T3K9V5R2M4N7PC");
    expect(event.project_slug).toBe("demo");
  });

  it("keeps unknown extra fields and never mutates its input", () => {
    const input: Record<string, unknown> = deepFreeze({ ...validWireEnvelope(), build_id: "b-7" });
    const event = parseEvent(input).value as unknown as Record<string, unknown>;
    expect(event["build_id"]).toBe("b-7");
    expect(input["event_id"]).toBe("01hq8zq0x6w8t3k9v5r2m4n7pa");
  });

  it("lists every violation with pointer, rule and value", () => {
    const input = { ...validWireEnvelope(), event_id: "nope", lamport_clock: 1.5, data_tier: 5, schema_version: "1.0" };
    delete (input as Record<string, unknown>)["node_id"];
    const violations = violationsOf(input);
    expect(violations.map(({ path, rule, value }) => ({ path, rule, value }))).toEqual([
      { path: "/node_id", rule: "required", value: undefined },
      { path: "/event_id", rule: "pattern", value: "nope" },
      { path: "/lamport_clock", rule: "type", value: 1.5 },
      { path: "/schema_version", rule: "pattern", value: "1.0" },
      { path: "/data_tier", rule: "maximum", value: 5 },
    ]);
    expect(violations[1]?.message).toBe('/event_id: expected a ULID (26 Crockford base32 characters, first one 0-7) (rule: pattern), got "nope"');
  });

  it.each([
    ["event_type", "", "minLength"],
    ["aggregate_id", 3, "type"],
    ["payload", [], "type"],
    ["payload", null, "type"],
    ["timestamp", "2026-01-15T10:00", "pattern"],
    ["timestamp", "2026-01-15T10:00:00.1234567", "pattern"],
    ["lamport_clock", -1, "minimum"],
    ["lamport_clock", 2 ** 53, "maximum"],
    ["lamport_clock", "7", "type"],
    ["causation_id", "not-a-ulid", "pattern"],
    ["causation_id", 12, "anyOf"],
    ["project_uuid", "6f1c9e2a", "pattern"],
    ["project_slug", 3, "anyOf"],
    ["correlation_id", "", "pattern"],
    ["data_tier", -1, "minimum"],
  ])("rejects %s = %j (rule %s)", (field, value, rule) => {
    const violations = violationsOf({ ...validWireEnvelope(), [field]: value });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ path: `/${field}`, rule, value });
    expect(violations[0]?.message).toContain(`/${field}`);
  });

  it("rejects values that are not objects", () => {
    for (const value of [null, 3, "event", [], undefined]) {
      expect(violationsOf(value)[0]).toMatchObject({ path: "", rule: "type" });
      expect(violationsOf(value)[0]?.message).toMatch(/^\(root\):/);
    }
  });

  it("throws EnvelopeValidationError carrying the violations", () => {
    try {
      parseEvent({ ...validWireEnvelope(), timestamp: "yesterday" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvelopeValidationError);
      const typed = error as EnvelopeValidationError;
      expect(typed.violations).toEqual([expect.objectContaining({ path: "/timestamp", rule: "pattern", value: "yesterday" })]);
      expect(typed.message).toContain("/timestamp");
    }
  });

  it("never throws anything but EnvelopeValidationError on arbitrary values", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ event_id: fc.anything(), payload: fc.anything(), lamport_clock: fc.anything() })), (value) => {
        expect(safeParseEvent(value).ok).toBe(false);
        try {
          parseEvent(value);
        } catch (error) {
          expect(error).toBeInstanceOf(EnvelopeValidationError);
          expect(SkError.isInstance(error)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("accepts envelopes whose fields vary within the rules", () => {
    const ulid = fc.stringMatching(/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/);
    fc.assert(
      fc.property(ulid, fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 4 }), (id, clock, tier) => {
        const { value: event } = parseEvent({ ...validWireEnvelope(), event_id: id, lamport_clock: clock, data_tier: tier });
        expect(event.event_id).toBe(id.toUpperCase());
        expect(event.lamport_clock).toBe(clock);
      }),
      { numRuns: 200 },
    );
  });
});

describe("warnings", () => {
  const naive = "2026-03-03T09:12:07.381370";

  it("accepts a timestamp without an offset, keeps it as sent and flags it", () => {
    const { value, warnings } = parseEvent({ ...validWireEnvelope(), timestamp: naive });
    expect(value.timestamp).toBe(naive);
    expect(warnings).toEqual([{ code: "TIMESTAMP_WITHOUT_OFFSET", path: "/timestamp", value: naive, message: expect.stringContaining("/timestamp: no offset") }]);
    expect(warnings[0]?.message).toContain("preferably UTC");
    expect(warnings[0]?.message).toContain(`got "${naive}"`);
    expect(Object.isFrozen(warnings)).toBe(true);
  });

  it("reports the warnings of an invalid envelope beside its violations", () => {
    const result = safeParseEvent({ ...validWireEnvelope(), timestamp: "2026-03-03T09:12:07", lamport_clock: -1 });
    expect(result.ok).toBe(false);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["TIMESTAMP_WITHOUT_OFFSET"]);
    if (!result.ok) expect(result.violations.map((violation) => violation.path)).toEqual(["/lamport_clock"]);
  });

  it.each([
    ["an offset", "2026-03-03T09:12:07Z"],
    ["a numeric offset", "2026-03-03T09:12:07.5+01:00"],
    ["an invalid timestamp", "2026-03-03 09:12:07"],
    ["a non-string timestamp", 17],
  ])("has none for %s", (_name, timestamp) => {
    expect(safeParseEvent({ ...validWireEnvelope(), timestamp }).warnings).toEqual([]);
  });

  it("has none for values that are not objects", () => {
    for (const value of [null, 3, "event", undefined]) expect(safeParseEvent(value).warnings).toEqual([]);
  });
});
