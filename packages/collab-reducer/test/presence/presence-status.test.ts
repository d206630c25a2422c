import { ArgumentError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import { presenceStatus, reduceCollaborationEvents } from "../../src/index.ts";
import { Stream } from "../support/events.ts";

function stateWithPresence() {
  const stream = new Stream();
  for (const pid of ["fresh", "old", "__proto__", "future"]) stream.join(pid);
  stream.heartbeat("fresh", { timestamp: "2026-01-15T10:04:30Z" });
  stream.heartbeat("old", { timestamp: "2026-01-15T12:00:00+02:00" });
  stream.heartbeat("__proto__", { timestamp: "2026-01-15T10:04:00.000001Z" });
  stream.heartbeat("future", { timestamp: "2026-01-15T10:06:00Z" });
  return reduceCollaborationEvents(stream.events);
}

describe("presenceStatus", () => {
  it("derives active / stale from the last heartbeat and the caller's threshold", () => {
    const state = stateWithPresence();
    const statuses = presenceStatus(state, new Date("2026-01-15T10:05:00Z"), 60_000);
    expect(Object.entries(statuses)).toStrictEqual([
      ["fresh", "active"],
      ["old", "stale"],
      ["__proto__", "active"],
      ["future", "active"],
    ]);
    expect(Object.isFrozen(statuses)).toBe(true);
  });

  it("is inclusive at the threshold and accepts epoch milliseconds and timestamp strings", () => {
    const state = stateWithPresence();
    const at = Date.parse("2026-01-15T10:05:30Z");
    expect(presenceStatus(state, at, 60_000)["fresh"]).toBe("active");
    expect(presenceStatus(state, at + 1, 60_000)["fresh"]).toBe("stale");
    expect(presenceStatus(state, "2026-01-15T11:05:30+01:00", 60_000)["fresh"]).toBe("active");
    expect(presenceStatus(state, "2026-01-15T10:05:30.000001Z", 60_000)["fresh"]).toBe("active");
    expect(presenceStatus(state, at, 0)["fresh"]).toBe("stale");
  });

  it("returns an empty map for an empty mission", () => {
    expect(presenceStatus(reduceCollaborationEvents([]), 0, 1)).toStrictEqual({});
  });

  it("reports active participants who never sent a heartbeat as unknown, after those who did", () => {
    const stream = new Stream();
    for (const pid of ["silent", "beating", "constructor"]) stream.join(pid);
    stream.heartbeat("beating", { timestamp: "2026-01-15T10:04:30Z" });
    const statuses = presenceStatus(reduceCollaborationEvents(stream.events), "2026-01-15T10:05:00Z", 60_000);
    expect(Object.entries(statuses)).toStrictEqual([
      ["beating", "active"],
      ["silent", "unknown"],
      ["constructor", "unknown"],
    ]);
  });

  it("assumes no zone for a naive heartbeat timestamp: unknown, whatever now and the threshold are", () => {
    const state = { participants: {}, presence: { cli: "2026-03-03T09:12:07.381370", utc: "2026-03-03T09:12:07Z" } };
    expect(presenceStatus(state as never, "2026-03-03T09:12:08Z", 60_000)).toStrictEqual({ cli: "unknown", utc: "active" });
    expect(presenceStatus(state as never, "2030-01-01T00:00:00Z", 60_000)).toStrictEqual({ cli: "unknown", utc: "stale" });
    expect(presenceStatus(state as never, 0, 0)).toStrictEqual({ cli: "unknown", utc: "active" });
  });

  it("keeps a departed participant's recorded heartbeat and gives no status to one without", () => {
    const state = { participants: { ana: {} }, presence: { gone: "2026-01-15T10:04:30Z" } };
    expect(presenceStatus(state as never, "2026-01-15T10:05:00Z", 60_000)).toStrictEqual({ gone: "active", ana: "unknown" });
  });

  it.each([
    [null, 0, 1, "state.presence"],
    [{ participants: {} }, 0, 1, "state.presence"],
    [{ participants: {}, presence: [] }, 0, 1, "state.presence"],
    [{ presence: {} }, 0, 1, "state.participants"],
    [{ presence: {}, participants: null }, 0, 1, "state.participants"],
    [{ participants: {}, presence: { p1: "yesterday" } }, 0, 1, 'state.presence["p1"]'],
    [{ participants: {}, presence: { p1: 1 } }, 0, 1, 'state.presence["p1"]'],
    [{ participants: {}, presence: {} }, new Date(Number.NaN), 1, "now"],
    [{ participants: {}, presence: {} }, Number.POSITIVE_INFINITY, 1, "now"],
    [{ participants: {}, presence: {} }, "2026-01-15", 1, "now"],
    [{ participants: {}, presence: {} }, "2026-01-15T10:00:00", 1, "now"],
    [{ participants: {}, presence: {} }, {}, 1, "now"],
    [{ participants: {}, presence: {} }, 0, -1, "staleAfterMs"],
    [{ participants: {}, presence: {} }, 0, Number.NaN, "staleAfterMs"],
    [{ participants: {}, presence: {} }, 0, "60", "staleAfterMs"],
  ])("bad arguments (%j, %j, %j) → ArgumentError naming %s", (state, now, staleAfterMs, field) => {
    let caught: unknown;
    try {
      presenceStatus(state as never, now as never, staleAfterMs as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArgumentError);
    expect((caught as ArgumentError).field).toBe(field);
  });
});
