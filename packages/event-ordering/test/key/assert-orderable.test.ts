import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertOrderable, orderingKey } from "../../src/index.ts";
import { deepFreeze, eventArbitrary } from "../arbitraries.ts";
import { thrown } from "../thrown.ts";

const event = deepFreeze({ event_id: "01hq8zq0x6w8t3k9v5r2m4n7pa", lamport_clock: 7, timestamp: "2026-01-15T10:00:00.5Z" });

/** Events with one ordering field replaced by anything, or not objects at all. */
const maybeBrokenArbitrary = fc.oneof(
  eventArbitrary,
  fc.tuple(eventArbitrary, fc.constantFrom("event_id", "lamport_clock", "timestamp"), fc.anything()).map(([base, field, value]) => ({ ...base, [field]: value })),
  fc.anything(),
);

describe("assertOrderable", () => {
  it("accepts a valid event and returns nothing", () => {
    expect(assertOrderable(event)).toBeUndefined();
  });

  it("throws exactly what orderingKey throws, and only when it throws (property)", () => {
    fc.assert(
      fc.property(maybeBrokenArbitrary, (value) => {
        let expected: unknown;
        try {
          orderingKey(value as never);
        } catch (error) {
          expected = error;
        }
        if (expected === undefined) expect(() => assertOrderable(value)).not.toThrow();
        else expect(thrown(() => assertOrderable(value))).toMatchObject({ ...(expected as object), message: (expected as Error).message });
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["lamport_clock", -1, "minimum"],
    ["event_id", "", "minLength"],
    ["timestamp", "2026-02-29T10:00:00Z", "pattern"],
  ])("names the field, rule and value: %s = %j", (field, value, rule) => {
    expect(thrown(() => assertOrderable({ ...event, [field]: value }))).toMatchObject({ code: "ORDERING_INPUT", field, rule, value, index: undefined });
  });

  it("narrows its argument to Orderable", () => {
    const value: unknown = event;
    assertOrderable(value);
    expect(value.lamport_clock).toBe(7);
  });
});
