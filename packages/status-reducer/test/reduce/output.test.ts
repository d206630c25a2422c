import { describe, expect, it } from "vitest";
import type { ReducedStatusState } from "../../src/index.js";
import { EVIDENCE, envelope, transition } from "../support/events.js";
import { reduce } from "../support/reduce.js";

function expectDeeplyFrozen(value: unknown, path = "state"): void {
  if (typeof value !== "object" || value === null) return;
  expect(Object.isFrozen(value), path).toBe(true);
  for (const [key, child] of Object.entries(value)) expectDeeplyFrozen(child, `${path}.${key}`);
}

const LOG = [
  transition(1, 1, { to: "planned" }),
  transition(2, 2, { from: "planned", to: "claimed" }),
  transition(3, 3, { from: "claimed", to: "in_progress" }),
  transition(4, 4, { from: "in_progress", to: "for_review" }),
  transition(5, 5, { from: "for_review", to: "done", evidence: { ...EVIDENCE, repos: [{ repo: "r", branch: "b", commit: "c", files_touched: ["a"] }] } }),
  transition(6, 1, { wp: "WP02", to: "done" }),
  envelope(7, 1, { wp_id: "WP03" }),
  { broken: true },
];

describe("output", () => {
  it("is deeply frozen", () => {
    expectDeeplyFrozen(reduce(LOG));
  });

  it("is plain JSON: a JSON round trip gives an equal value", () => {
    const state = reduce(LOG);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(Object.keys(state)).toEqual(["wp_states", "anomalies", "event_count", "last_processed_event_id"]);
    expect(Object.keys(state.anomalies[0]!)).toEqual(["event_id", "wp_id", "from_lane", "to_lane", "reason"]);
    expect(Object.keys(state.wp_states["WP01"]!)).toEqual(["wp_id", "current_lane", "last_event_id", "last_transition_at", "evidence"]);
  });

  it("never mutates the input, nor shares objects with it", () => {
    const log = structuredClone(LOG);
    const state = reduce(log);
    expect(log).toEqual(LOG);
    const payload = (log[4] as { payload: { evidence: { repos: unknown[] } } }).payload;
    expect(state.wp_states["WP01"]?.evidence?.repos).not.toBe(payload.evidence.repos);
  });

  it("keys work packages safely: __proto__, constructor and toString are plain keys", () => {
    const state: ReducedStatusState = reduce([
      transition(1, 1, { wp: "__proto__", to: "planned" }),
      transition(2, 1, { wp: "constructor", to: "planned" }),
      transition(3, 1, { wp: "toString", to: "planned" }),
    ]);
    expect(Object.keys(state.wp_states)).toEqual(["__proto__", "constructor", "toString"]);
    expect(Object.getPrototypeOf(state.wp_states)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(state.wp_states))).toEqual(JSON.parse('{"__proto__":{"wp_id":"__proto__","current_lane":"planned","last_event_id":"01HZ0000000000000000000001","last_transition_at":"2026-03-01T09:00:01Z","evidence":null},"constructor":{"wp_id":"constructor","current_lane":"planned","last_event_id":"01HZ0000000000000000000002","last_transition_at":"2026-03-01T09:00:02Z","evidence":null},"toString":{"wp_id":"toString","current_lane":"planned","last_event_id":"01HZ0000000000000000000003","last_transition_at":"2026-03-01T09:00:03Z","evidence":null}}'));
  });
});
