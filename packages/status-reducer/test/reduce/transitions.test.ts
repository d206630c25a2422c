import { describe, expect, it } from "vitest";
import { EVIDENCE, transition, ulid } from "../support/events.js";
import { lanesOf, reasonsOf, reduce } from "../support/reduce.js";

const HAPPY_PATH = [
  transition(1, 1, { to: "planned" }),
  transition(2, 2, { from: "planned", to: "claimed" }),
  transition(3, 3, { from: "claimed", to: "in_progress" }),
  transition(4, 4, { from: "in_progress", to: "for_review" }),
  transition(5, 5, { from: "for_review", to: "done" }),
];

describe("step 4: applying a transition", () => {
  it("walks a work package to done with its evidence", () => {
    const state = reduce([...HAPPY_PATH].reverse());
    expect(state.wp_states).toEqual({
      WP01: {
        wp_id: "WP01",
        current_lane: "done",
        last_event_id: ulid(5),
        last_transition_at: "2026-03-01T09:00:05Z",
        evidence: {
          repos: [{ repo: "org/service", branch: "wp01", commit: "a1b2c3d", files_touched: null }],
          verification: [],
          review: { reviewer: "rev-bob", verdict: "approved", reference: null },
        },
      },
    });
    expect(state.anomalies).toEqual([]);
    expect(state.event_count).toBe(5);
  });

  it("from_lane mismatch: expected the current lane (None before the first transition), got the event's", () => {
    const state = reduce([transition(1, 1, { from: "planned", to: "claimed" }), transition(2, 2, { to: "planned" }), transition(3, 3, { to: "planned" })]);
    expect(state.anomalies).toEqual([
      { event_id: ulid(1), wp_id: "WP01", from_lane: "planned", to_lane: "claimed", reason: "from_lane mismatch: expected None, got planned" },
      { event_id: ulid(3), wp_id: "WP01", from_lane: null, to_lane: "planned", reason: "from_lane mismatch: expected planned, got None" },
    ]);
  });

  it("from_lane mismatch applies to forced events too", () => {
    const state = reduce([transition(1, 1, { to: "planned" }), transition(2, 2, { from: "blocked", to: "done", force: true, reason: "import" })]);
    expect(reasonsOf(state)).toEqual(["from_lane mismatch: expected planned, got blocked"]);
  });

  it("rejects with validateTransition's violations joined by `; `", () => {
    const state = reduce([...HAPPY_PATH, transition(6, 6, { from: "done", to: "in_progress" })]);
    expect(state.anomalies).toEqual([
      {
        event_id: ulid(6),
        wp_id: "WP01",
        from_lane: "done",
        to_lane: "in_progress",
        reason: "done is terminal; requires force=True to exit; Transition done -> in_progress is not allowed",
      },
    ]);
    expect(lanesOf(state)).toEqual({ WP01: "done" });
  });

  it("checks review_ref and reason even when forced", () => {
    const state = reduce([
      ...HAPPY_PATH.slice(0, 4),
      transition(5, 5, { from: "for_review", to: "in_progress", force: true, reason: "redo" }),
      transition(6, 6, { wp: "WP02", to: "planned" }),
    ]);
    expect(reasonsOf(state)).toEqual(["for_review -> in_progress requires review_ref"]);
  });

  it("a forced transition leaves a terminal lane", () => {
    const state = reduce([...HAPPY_PATH, transition(6, 6, { from: "done", to: "planned", force: true, reason: "reopened after incident" })]);
    expect(state.wp_states["WP01"]).toEqual({ wp_id: "WP01", current_lane: "planned", last_event_id: ulid(6), last_transition_at: "2026-03-01T09:00:06Z", evidence: null });
  });

  it("reads the alias doing as in_progress in from_lane and to_lane", () => {
    const state = reduce([
      transition(1, 1, { to: "planned" }),
      transition(2, 2, { from: "planned", to: "claimed" }),
      transition(3, 3, { from: "claimed", to: "doing" }),
      transition(4, 4, { from: "doing", to: "for_review" }),
    ]);
    expect(lanesOf(state)).toEqual({ WP01: "for_review" });
    expect(state.anomalies).toEqual([]);
  });

  it("keeps evidence only when to_lane is done; absent optional fields become null and extra keys are dropped", () => {
    const evidence = {
      repos: [{ repo: "org/a", branch: "b", commit: "c", files_touched: ["x.ts"], lines: 3 }],
      verification: [{ command: "pnpm test", result: "pass", extra: true }],
      review: { reviewer: "r", verdict: "approved", reference: "PR#1", score: 5 },
      note: "dropped",
    };
    const state = reduce([...HAPPY_PATH.slice(0, 3), transition(4, 4, { from: "in_progress", to: "for_review", evidence }), transition(5, 5, { from: "for_review", to: "done", evidence })]);
    expect(state.wp_states["WP01"]?.evidence).toEqual({
      repos: [{ repo: "org/a", branch: "b", commit: "c", files_touched: ["x.ts"] }],
      verification: [{ command: "pnpm test", result: "pass", summary: null }],
      review: { reviewer: "r", verdict: "approved", reference: "PR#1" },
    });
    expect(reduce([...HAPPY_PATH.slice(0, 3), transition(4, 4, { from: "in_progress", to: "for_review", evidence: EVIDENCE })]).wp_states["WP01"]?.evidence).toBeNull();
  });

  it("keeps the timestamp exactly as on the wire", () => {
    const state = reduce([transition(1, 1, { to: "planned" }, { timestamp: "2026-03-01T11:00:00.500+02:00" })]);
    expect(state.wp_states["WP01"]?.last_transition_at).toBe("2026-03-01T11:00:00.500+02:00");
  });

  it("keeps a naive timestamp (no offset) as sent; it sorts before the same wall clock with an offset", () => {
    const naive = transition(2, 1, { wp: "WP01", to: "planned" }, { timestamp: "2026-03-01T09:00:00.250" });
    const zulu = transition(1, 1, { wp: "WP01", to: "blocked" }, { timestamp: "2026-03-01T09:00:00.250Z" });
    const state = reduce([zulu, naive]);
    // One group: both checked against None; blocked is not allowed from None, so the naive one wins.
    expect(state.wp_states["WP01"]?.last_transition_at).toBe("2026-03-01T09:00:00.250");
    expect(state.last_processed_event_id).toBe(ulid(1));
  });

  it("keys work packages by wp_id alone, independently", () => {
    const state = reduce([transition(1, 1, { wp: "WP01", to: "planned" }), transition(2, 1, { wp: "WP02", to: "planned" }), transition(3, 2, { wp: "WP02", from: "planned", to: "claimed" })]);
    expect(lanesOf(state)).toEqual({ WP01: "planned", WP02: "claimed" });
  });
});
