import { ArgumentError } from "@sk/event-envelope/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, type Orderable, InvalidEnvelopeError, OrderingInputError, sortAndDedup } from "../../src/index.ts";
import { deepFreeze } from "../arbitraries.ts";

/** What `action` throws; fails the test when it throws nothing. */
function thrown(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

interface Envelope extends Orderable {
  readonly event_type: string;
  readonly [field: string]: unknown;
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const ulid = (counter: number): string => `01${Array.from({ length: 24 }, (_, at) => CROCKFORD[Math.floor(counter / 32 ** (23 - at)) % 32]).join("")}`;

/** A complete, valid envelope. */
function envelope(counter: number, overrides: Record<string, unknown> = {}): Envelope {
  return {
    event_id: ulid(counter),
    event_type: "PresenceHeartbeat",
    aggregate_id: "mission/m-1",
    payload: { mission_id: "m-1", participant_id: "p1" },
    timestamp: `2026-01-15T10:00:${String(counter % 60).padStart(2, "0")}Z`,
    node_id: "node-1",
    lamport_clock: counter,
    project_uuid: "0b7c2a52-4c1e-4f8e-9a77-2f1d3c4b5a69",
    correlation_id: ulid(0),
    ...overrides,
  };
}

/** Elements a real log, or a hostile caller, can hold that are not valid envelopes. */
const HOSTILE: readonly [string, unknown][] = [
  ["null", null],
  ["a number", 42],
  ["a string", "event"],
  ["an array", [envelope(90)]],
  ["an empty object", {}],
  ["an object missing node_id", (({ node_id: _node, ...rest }) => rest)(envelope(91))],
  ["a non-ULID event_id", envelope(92, { event_id: "evt-92" })],
  ["a non-string event_type", envelope(93, { event_type: 7 })],
  ["an empty event_type", envelope(94, { event_type: "" })],
  ["a bad correlation_id", envelope(95, { correlation_id: "run-1" })],
  ["a payload array", envelope(96, { payload: [] })],
  ["a fractional lamport clock", envelope(97, { lamport_clock: 1.5 })],
  ["a timestamp with a space", envelope(98, { timestamp: "2026-01-15 10:00:00" })],
  ["a bad data_tier", envelope(99, { data_tier: 9 })],
];

const valid = deepFreeze([envelope(3), envelope(1), envelope(2), envelope(1)]);

describe("sortAndDedup with invalid: report", () => {
  it.each(HOSTILE)("reports %s, leaves it out and orders the rest", (_name, element) => {
    const input = deepFreeze([...valid.slice(0, 2), element, ...valid.slice(2)]) as readonly Envelope[];
    const result = sortAndDedup(input, { invalid: "report" });
    expect(result.events.map((event) => event.lamport_clock)).toEqual([1, 2, 3]);
    expect(result.invalid).toHaveLength(1);
    const [reported] = result.invalid;
    expect(reported).toMatchObject({ index: 2, element });
    expect(reported?.violations.length).toBeGreaterThan(0);
    for (const violation of reported?.violations ?? []) expect(violation.message).toContain("(rule: ");
    const fields = typeof element === "object" && element !== null && !Array.isArray(element) ? (element as Record<string, unknown>) : {};
    expect(reported?.event_id).toBe(typeof fields["event_id"] === "string" ? fields["event_id"] : null);
    expect(reported?.event_type).toBe(typeof fields["event_type"] === "string" ? fields["event_type"] : null);
  });

  it("names the broken rule of each element", () => {
    const result = sortAndDedup([envelope(1, { event_id: "evt-1" }), envelope(2, { event_type: 7 }), null] as unknown as Envelope[], { invalid: "report" });
    const rules = Object.fromEntries(result.invalid.map((element) => [element.index, element.violations.map(({ path, rule }) => `${rule} at ${path}`)]));
    expect(rules).toEqual({ 0: ["pattern at /event_id"], 1: ["type at /event_type"], 2: ["type at "] });
  });

  it("accepts naive timestamps and unknown extra fields: they are valid envelopes", () => {
    const cli = envelope(5, { timestamp: "2026-03-03T09:12:07.381370", role: "implementer", _retry_count: 0 });
    const result = sortAndDedup([cli, envelope(4)], { invalid: "report" });
    expect(result.invalid).toEqual([]);
    expect(result.events).toEqual([envelope(4), cli]);
  });

  it("orders the invalid elements by canonical JSON, whatever the input order", () => {
    const hostile = HOSTILE.map(([, element]) => element);
    const expected = [...hostile].sort((a, b) => (canonicalJson(a) < canonicalJson(b) ? -1 : 1));
    const result = sortAndDedup(deepFreeze([...valid, ...hostile]) as readonly Envelope[], { invalid: "report" });
    expect(result.invalid.map((element) => element.element)).toEqual(expected);
  });

  it("reports every element and never depends on the input order (property)", () => {
    const element = fc.oneof(
      fc.constantFrom(...HOSTILE.map(([, value]) => value), ...valid),
      fc.record({ event_type: fc.constantFrom("PresenceHeartbeat", "Other"), event_id: fc.anything(), lamport_clock: fc.anything(), timestamp: fc.anything() }),
      fc.anything({ maxDepth: 2 }),
    );
    const permuted = fc.array(element, { maxLength: 16 }).chain((elements) => fc.tuple(fc.constant(elements), fc.shuffledSubarray(elements, { minLength: elements.length, maxLength: elements.length })));
    fc.assert(
      fc.property(permuted, ([elements, shuffled]) => {
        deepFreeze(elements);
        const first = sortAndDedup(elements as Envelope[], { invalid: "report" });
        const second = sortAndDedup(shuffled as Envelope[], { invalid: "report" });
        const report = (result: typeof first) => result.invalid.map(({ element: item, event_id, event_type, violations }) => ({ item, event_id, event_type, violations }));
        expect(report(second)).toEqual(report(first));
        expect(second.events).toEqual(first.events);
        expect(first.invalid.length + new Set(first.events.map((event) => event.event_id.toUpperCase())).size).toBeLessThanOrEqual(elements.length);
      }),
      { numRuns: 300 },
    );
  });

  it("orders values without a JSON form after the rest, by their description", () => {
    const cyclic: Record<string, unknown> = { event_type: "PresenceHeartbeat" };
    cyclic["self"] = cyclic;
    const result = sortAndDedup([cyclic, { event_id: 10n }, null] as unknown as Envelope[], { invalid: "report" });
    // null has JSON; the other two have none and the same description, so what is reported decides.
    expect(result.invalid.map((element) => element.index)).toEqual([2, 0, 1]);
  });

  it("asks include only about objects with a string event_type; everything else counts as included", () => {
    const asked: unknown[] = [];
    const other = envelope(6, { event_type: "WPStatusChanged" });
    const input = [envelope(1), null, [1], { event_type: 3 }, other];
    const result = sortAndDedup(input as Envelope[], {
      invalid: "report",
      include: (event) => {
        asked.push(event);
        return event.event_type === "PresenceHeartbeat";
      },
    });
    expect(asked).toEqual([envelope(1), other]);
    expect(result.invalid.map((element) => element.index).sort()).toEqual([1, 2, 3]);
    expect(result.events).toEqual([envelope(1)]);
  });

  it("still reports conflicting duplicates of the valid events", () => {
    const result = sortAndDedup([envelope(1), envelope(1, { node_id: "node-2" }), null] as Envelope[], { invalid: "report" });
    expect(result.conflicts).toHaveLength(1);
    expect(result.invalid).toHaveLength(1);
  });
});

describe("sortAndDedup with invalid: throw", () => {
  it("throws one InvalidEnvelopeError listing every invalid element, located in the array", () => {
    const input = deepFreeze([envelope(1), envelope(2, { event_id: "evt-2" }), null, envelope(3, { lamport_clock: -1, node_id: "" })]) as readonly Envelope[];
    const error = thrown(() => sortAndDedup(input, { invalid: "throw" }));
    expect(InvalidEnvelopeError.isInstance(error)).toBe(true);
    const typed = error as InvalidEnvelopeError;
    expect(typed.code).toBe("INVALID_ENVELOPE");
    expect(typed.elements.map((element) => element.index)).toEqual(sortAndDedup(input, { invalid: "report" }).invalid.map((element) => element.index));
    expect(typed.violations.map(({ path, rule }) => `${rule} at ${path}`).sort()).toEqual(["minLength at /3/node_id", "minimum at /3/lamport_clock", "pattern at /1/event_id", "type at /2"]);
    expect(typed.message).toMatch(/^Event log \(3 elements not a valid event envelope\) is invalid \(4 violations\):\n/);
    expect(typed.message).toContain('  - events[1] event_id "evt-2" event_type "PresenceHeartbeat": /event_id: expected a ULID');
    expect(typed.message).toContain("  - events[2]: (root): ");
    expect(typed.event_id).toBe(typed.elements[0]?.event_id);
    expect(typed.event_type).toBe(typed.elements[0]?.event_type);
  });

  it("names one element in the singular, and a null id and type when they are not strings", () => {
    const typed = thrown(() => sortAndDedup([42] as unknown as Envelope[], { invalid: "throw" })) as InvalidEnvelopeError;
    expect(typed.message).toMatch(/^Event log \(1 element not a valid event envelope\)/);
    expect([typed.event_id, typed.event_type]).toEqual([null, null]);
    expect(new InvalidEnvelopeError([])).toMatchObject({ event_id: null, event_type: null, elements: [] });
  });

  it("returns the ordered events and an empty invalid list when all are valid", () => {
    expect(sortAndDedup(valid, { invalid: "throw" })).toEqual({ ...sortAndDedup(valid), invalid: [] });
  });
});

describe("the invalid option", () => {
  it("is checked", () => {
    expect(thrown(() => sortAndDedup(valid, { invalid: "ignore" } as never))).toMatchObject({ field: "options.invalid", rule: "enum", value: "ignore" });
    expect(thrown(() => sortAndDedup(valid, null as never))).toBeInstanceOf(ArgumentError);
    expect(thrown(() => sortAndDedup(valid, { inclde: () => true } as never)).message).toContain("expected only include and invalid");
  });

  it("leaves the ordering-field errors to the default mode", () => {
    expect(() => sortAndDedup([null] as unknown as Envelope[])).toThrow(OrderingInputError);
    expect(() => sortAndDedup({} as never, { invalid: "report" })).toThrow(OrderingInputError);
  });
});
