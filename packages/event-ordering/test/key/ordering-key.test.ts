import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Orderable, orderingKey } from "../../src/index.ts";
import { deepFreeze, eventArbitrary } from "../arbitraries.ts";
import { thrown } from "../thrown.ts";

const event = deepFreeze({ event_id: "01HQ8ZQ0X6W8T3K9V5R2M4N7PA", lamport_clock: 7, timestamp: "2026-01-15T10:00:00.5Z" });

describe("orderingKey", () => {
  it("is [lamport_clock, timestampKey, upper-case event_id], frozen", () => {
    const key = orderingKey(event);
    expect(key).toEqual([7, "2026-01-15T10:00:00.500000+00:00", "01HQ8ZQ0X6W8T3K9V5R2M4N7PA"]);
    expect(Object.isFrozen(key)).toBe(true);
  });

  it("keys a naive timestamp without an offset, sorting before the same wall clock with one", () => {
    const naive = orderingKey({ ...event, timestamp: "2026-01-15T10:00:00.250" });
    const utc = orderingKey({ ...event, timestamp: "2026-01-15T10:00:00.250Z" });
    expect(naive).toEqual([7, "2026-01-15T10:00:00.250000", "01HQ8ZQ0X6W8T3K9V5R2M4N7PA"]);
    expect(naive[1] < utc[1]).toBe(true);
  });

  it("canonicalises the event id to upper case", () => {
    expect(orderingKey({ ...event, event_id: "01hq8zq0x6w8t3k9v5r2m4n7pa" })).toEqual(orderingKey(event));
    expect(orderingKey({ ...event, event_id: "évènement-ß" })[2]).toBe("ÉVÈNEMENT-SS");
  });

  it("is the same for a lower-case id and its upper-case form (property)", () => {
    fc.assert(
      fc.property(eventArbitrary, (generated) => {
        expect(orderingKey({ ...generated, event_id: generated.event_id.toLowerCase() })).toEqual(orderingKey({ ...generated, event_id: generated.event_id.toUpperCase() }));
      }),
    );
  });

  it("accepts lamport clocks 0 and Number.MAX_SAFE_INTEGER", () => {
    expect(orderingKey({ ...event, lamport_clock: 0 })[0]).toBe(0);
    expect(orderingKey({ ...event, lamport_clock: Number.MAX_SAFE_INTEGER })[0]).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    ["lamport_clock", undefined, "required"],
    ["lamport_clock", "7", "type"],
    ["lamport_clock", 1.5, "type"],
    ["lamport_clock", Number.NaN, "type"],
    ["lamport_clock", Number.POSITIVE_INFINITY, "type"],
    ["lamport_clock", -1, "minimum"],
    ["lamport_clock", 2 ** 53, "maximum"],
    ["event_id", undefined, "required"],
    ["event_id", 42, "type"],
    ["event_id", "", "minLength"],
    ["timestamp", undefined, "required"],
    ["timestamp", 0, "type"],
    ["timestamp", "2026-01-15T10:00", "pattern"],
    ["timestamp", "2026-01-15T10:00:00.", "pattern"],
  ])("rejects %s = %j (rule %s)", (field, value, rule) => {
    const error = thrown(() => orderingKey({ ...event, [field]: value } as unknown as Orderable));
    expect(error).toMatchObject({ code: "ORDERING_INPUT", field, rule, value, index: undefined });
    expect(error.message).toContain(`${field}: `);
    expect(error.message).toContain(`(rule: ${rule})`);
  });

  it.each([[null], [undefined], ["event"], [3]])("rejects the non-object %j", (value) => {
    expect(thrown(() => orderingKey(value as unknown as Orderable))).toMatchObject({ field: "event", rule: "type", value });
  });
});
