import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError } from "@sk/event-envelope/errors";
import { sortAndDedup } from "../../src/index.ts";
import { deepFreeze, eventsWithCopiesArbitrary, type TestEvent } from "../arbitraries.ts";
import { thrown } from "../thrown.ts";

const isHeartbeat = (event: TestEvent): boolean => event.event_type === "PresenceHeartbeat";

function event(event_id: string, lamport_clock: number, event_type = "PresenceHeartbeat"): TestEvent {
  return deepFreeze({ event_id, lamport_clock, timestamp: "2026-01-15T10:00:00Z", event_type, payload: { participant_id: "p1" } });
}

describe("SortAndDedupOptions.include", () => {
  it("orders only the events it accepts: the same results as filtering first", () => {
    fc.assert(
      fc.property(eventsWithCopiesArbitrary.map(deepFreeze), (events) => {
        const filtered = events.filter(isHeartbeat);
        const { indices, ...rest } = sortAndDedup(filtered);
        // Indices name places in the array given, not in the filtered one.
        expect(sortAndDedup(events, { include: isHeartbeat })).toEqual({ ...rest, indices: Uint32Array.from(indices, (index) => events.indexOf(filtered[index]!)) });
      }),
      { numRuns: 300 },
    );
  });

  it("returns the kept events themselves, in a new array, and changes nothing of the input", () => {
    const joined = event("01J0000000000000000000000B", 1, "ParticipantJoined");
    const late = event("01J0000000000000000000000C", 3);
    const early = event("01J0000000000000000000000A", 2);
    const input = deepFreeze([late, joined, early]);
    const { events, indices } = sortAndDedup(input, { include: isHeartbeat });
    expect(events).toEqual([early, late]);
    expect(indices).toEqual(Uint32Array.of(2, 0));
    expect(events[0]).toBe(early);
    expect(events).not.toBe(input);
    expect(input).toEqual([late, joined, early]);
    const all = sortAndDedup(input, { include: () => true }).events;
    expect(all).toEqual([joined, early, late]);
    expect(all).not.toBe(input);
  });

  it("is called once per element, in input order, with the element and its index, before the element is checked", () => {
    const calls: [unknown, number][] = [];
    const input = [event("01J0000000000000000000000A", 1), "not an event", event("01J0000000000000000000000B", 2)] as unknown as TestEvent[];
    sortAndDedup(input, {
      include: (candidate, index) => {
        calls.push([candidate, index]);
        return typeof candidate === "object";
      },
    });
    expect(calls).toEqual([
      [input[0], 0],
      ["not an event", 1],
      [input[2], 2],
    ]);
  });

  it("does not check the events it leaves out, and names an invalid event by its index in the given array", () => {
    const input = [{ event_type: "Other", lamport_clock: -1 }, event("01J0000000000000000000000A", 1), { ...event("01J0000000000000000000000B", 2), timestamp: "yesterday" }] as TestEvent[];
    const onlyHeartbeats = { include: isHeartbeat };
    expect(sortAndDedup(input.slice(0, 2), onlyHeartbeats).events).toEqual([input[1]]);
    expect(thrown(() => sortAndDedup(input, onlyHeartbeats))).toMatchObject({ index: 2, field: "timestamp", value: "yesterday" });
  });

  it("lets an error it throws propagate", () => {
    const refusal = new TypeError("not one of mine");
    expect(() =>
      sortAndDedup([event("01J0000000000000000000000A", 1)], {
        include: () => {
          throw refusal;
        },
      }),
    ).toThrow(refusal);
  });
});

describe("SortAndDedupOptions checks", () => {
  it.each([
    [null, "options", "type"],
    ["heartbeats", "options", "type"],
    [[], "options", "type"],
    [{ include: "PresenceHeartbeat" }, "options.include", "type"],
    [{ includes: isHeartbeat }, "options.includes", "additionalProperties"],
  ])("%j → ArgumentError naming %s (rule %s)", (options, field, rule) => {
    let caught: unknown;
    try {
      sortAndDedup([event("01J0000000000000000000000A", 1)], options as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArgumentError);
    expect(caught).toMatchObject({ field, rule });
  });

  it("accepts no options, undefined and an empty object alike", () => {
    const events = [event("01J0000000000000000000000B", 2), event("01J0000000000000000000000A", 1)];
    const expected = sortAndDedup(events);
    expect(expected.events).toEqual([events[1], events[0]]);
    expect(sortAndDedup(events, undefined)).toEqual(expected);
    expect(sortAndDedup(events, {})).toEqual(expected);
    expect(sortAndDedup(events, { include: undefined, invalid: undefined })).toEqual(expected);
  });
});
