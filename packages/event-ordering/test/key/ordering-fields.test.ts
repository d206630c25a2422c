import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareEvents, orderingKey, sortAndDedup } from "../../src/index.ts";
import { deepFreeze, eventArbitrary } from "../arbitraries.ts";
import { thrown } from "../thrown.ts";

const event = deepFreeze({ event_id: "01hq8zq0x6w8t3k9v5r2m4n7pa", lamport_clock: 7, timestamp: "2026-01-15T10:00:00.5Z" });

/** Events with one ordering field replaced by anything, or not objects at all. */
const maybeBrokenArbitrary = fc.oneof(
  eventArbitrary,
  fc.tuple(eventArbitrary, fc.constantFrom("event_id", "lamport_clock", "timestamp"), fc.anything()).map(([base, field, value]) => ({ ...base, [field]: value })),
  fc.anything(),
);

/** What `action` throws, or undefined. */
function outcome(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("the ordering-field check", () => {
  it("is the same in orderingKey, compareEvents (either side) and sortAndDedup, which names the index (property)", () => {
    fc.assert(
      fc.property(maybeBrokenArbitrary, (value) => {
        const expected = outcome(() => orderingKey(value as never));
        const checks = [() => compareEvents(value as never, event), () => compareEvents(event, value as never), () => sortAndDedup([event, value as never])];
        if (expected === undefined) {
          for (const check of checks) expect(check).not.toThrow();
          return;
        }
        const { field, rule, value: offending, message } = expected as { field: string; rule: string; value: unknown; message: string };
        expect(thrown(checks[0]!)).toMatchObject({ field, rule, message, index: undefined });
        expect(thrown(checks[1]!)).toMatchObject({ field, rule, message, index: undefined });
        expect(thrown(checks[2]!)).toMatchObject({ field, rule, index: 1 });
        expect(Object.is(thrown(checks[2]!).value, offending)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["lamport_clock", -1, "minimum"],
    ["lamport_clock", 2 ** 53, "maximum"],
    ["lamport_clock", undefined, "required"],
    ["event_id", "", "minLength"],
    ["event_id", 7, "type"],
    ["timestamp", "2026-02-29T10:00:00Z", "pattern"],
    ["timestamp", 0, "type"],
  ])("names the field, rule and value: %s = %j", (field, value, rule) => {
    expect(thrown(() => orderingKey({ ...event, [field]: value }))).toMatchObject({ code: "ORDERING_INPUT", field, rule, value, index: undefined });
  });

  it("checks the first event before the second", () => {
    expect(thrown(() => compareEvents({ ...event, lamport_clock: -1 }, { ...event, event_id: "" }))).toMatchObject({ field: "lamport_clock" });
  });
});
