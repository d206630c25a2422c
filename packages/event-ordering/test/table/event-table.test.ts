import { describe, expect, it } from "vitest";
import type { Orderable } from "../../src/key/orderable.ts";
import { EventTable } from "../../src/table/event-table.ts";

type TestEvent = Orderable & Record<string, unknown>;

function event(overrides: Record<string, unknown> = {}): TestEvent {
  return { event_id: "01J0000000000000000000000A", lamport_clock: 7, timestamp: "2026-01-15T10:00:00Z", payload: { n: 1 }, ...overrides };
}

/** A copy of `event()` whose payload counts how often its `n` is read. */
function countedCopy(reads: { count: number }): TestEvent {
  const payload = {};
  Object.defineProperty(payload, "n", {
    enumerable: true,
    get: () => {
      reads.count += 1;
      return 1;
    },
  });
  return event({ payload });
}

describe("EventTable.sameContent", () => {
  it("remembers copies: a pair found equal is not walked again, nor is a pair linked through a third copy", () => {
    const reads = { count: 0 };
    const table = new EventTable([event(), countedCopy(reads), event()], { groupIds: true });
    expect(table.sameContent(0, 1)).toBe(true);
    const afterFirst = reads.count;
    expect(afterFirst).toBeGreaterThan(0);
    expect(table.sameContent(1, 0)).toBe(true);
    expect(table.sameContent(2, 0)).toBe(true);
    expect(table.sameContent(1, 2)).toBe(true);
    expect(reads.count).toBe(afterFirst);
  });

  it("links the later-found copy to the lowest index either way round", () => {
    const table = new EventTable([event(), event(), event(), event()], { groupIds: true });
    expect(table.sameContent(3, 2)).toBe(true);
    expect(table.sameContent(0, 1)).toBe(true);
    expect(table.sameContent(1, 3)).toBe(true);
    expect(table.sameContent(2, 0)).toBe(true);
  });

  it("answers false for different content, and does not remember it as the same", () => {
    const table = new EventTable([event(), event({ payload: { n: 2 } })], { groupIds: true });
    expect(table.sameContent(0, 1)).toBe(false);
    expect(table.sameContent(1, 0)).toBe(false);
    expect(table.compareTies(0, 1)).toBeLessThan(0);
  });

  it("ties events that only canonical JSON proves equal (an undefined field is omitted)", () => {
    const table = new EventTable([event({ extra: undefined }), event()], { groupIds: true });
    expect(table.sameContent(0, 1)).toBe(false);
    expect(table.compareTies(0, 1)).toBe(0);
    expect(table.compareTies(1, 0)).toBe(0);
  });
});
