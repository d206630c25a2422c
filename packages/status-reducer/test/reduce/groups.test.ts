import { describe, expect, it } from "vitest";
import { transition, ulid } from "../support/events.js";
import { lanesOf, reasonsOf, reduce } from "../support/reduce.js";

const TO_REVIEW = [
  transition(1, 1, { to: "planned" }),
  transition(2, 2, { from: "planned", to: "claimed" }),
  transition(3, 3, { from: "claimed", to: "in_progress" }),
  transition(4, 4, { from: "in_progress", to: "for_review" }),
];

describe("step 3-4: (wp_id, lamport_clock) groups", () => {
  it("checks every event of a group against the lane at the START of the group", () => {
    // planned -> claimed and claimed -> in_progress in one group: the second is a mismatch.
    const state = reduce([transition(1, 1, { to: "planned" }), transition(2, 2, { from: "planned", to: "claimed" }), transition(3, 2, { from: "claimed", to: "in_progress" })]);
    expect(state.anomalies).toEqual([{ event_id: ulid(3), wp_id: "WP01", from_lane: "claimed", to_lane: "in_progress", reason: "from_lane mismatch: expected planned, got claimed" }]);
    expect(lanesOf(state)).toEqual({ WP01: "claimed" });
  });

  it("the last valid event of a group wins", () => {
    const state = reduce([transition(1, 1, { to: "planned" }), transition(2, 2, { from: "planned", to: "claimed" }), transition(3, 2, { from: "planned", to: "blocked" })]);
    expect(state.anomalies).toEqual([]);
    expect(state.wp_states["WP01"]?.current_lane).toBe("blocked");
    expect(state.wp_states["WP01"]?.last_event_id).toBe(ulid(3));
  });

  it("a reviewer rollback concurrent with a forward move goes last, so it wins", () => {
    // The rollback sorts first (smaller id), yet is applied after the move to done.
    const rollback = transition(5, 5, { from: "for_review", to: "in_progress", review_ref: "PR#12 changes requested" });
    const done = transition(6, 5, { from: "for_review", to: "done" });
    for (const log of [
      [...TO_REVIEW, rollback, done],
      [done, rollback, ...TO_REVIEW],
    ]) {
      const state = reduce(log);
      expect(state.anomalies).toEqual([]);
      expect(state.wp_states["WP01"]).toMatchObject({ current_lane: "in_progress", last_event_id: ulid(5), evidence: null });
    }
  });

  it("a rollback with a blank review_ref still moves last, and is rejected by the review_ref rule", () => {
    const rollback = transition(5, 5, { from: "for_review", to: "in_progress", review_ref: "  " });
    const done = transition(6, 5, { from: "for_review", to: "done" });
    const state = reduce([...TO_REVIEW, rollback, done]);
    expect(reasonsOf(state)).toEqual(["for_review -> in_progress requires review_ref"]);
    expect(state.wp_states["WP01"]?.current_lane).toBe("done");
  });

  it("for_review -> in_progress without a review_ref is no rollback: it keeps its place", () => {
    const back = transition(5, 5, { from: "for_review", to: "in_progress", force: true, reason: "r" });
    const done = transition(6, 5, { from: "for_review", to: "done" });
    const state = reduce([...TO_REVIEW, back, done]);
    expect(state.anomalies.map(({ event_id }) => event_id)).toEqual([ulid(5)]);
    expect(state.wp_states["WP01"]?.current_lane).toBe("done");
  });

  it("rollbacks keep their processed order among themselves at the end", () => {
    const first = transition(5, 5, { from: "for_review", to: "in_progress", review_ref: "PR#1" });
    const second = transition(6, 5, { from: "for_review", to: "in_progress", review_ref: "PR#2" });
    const block = transition(7, 5, { from: "for_review", to: "blocked" });
    const state = reduce([...TO_REVIEW, second, block, first]);
    expect(state.wp_states["WP01"]?.last_event_id).toBe(ulid(6));
  });

  it("rejected events of a group are reported in the group's order (rollbacks last)", () => {
    const rollback = transition(5, 5, { from: "planned", to: "in_progress", review_ref: "PR#1" });
    const wrong = transition(6, 5, { from: "claimed", to: "in_progress" });
    const rollbackFromReview = transition(7, 5, { wp: "WP01", from: "for_review", to: "in_progress", review_ref: "PR#2" });
    const state = reduce([transition(1, 1, { to: "planned" }), rollbackFromReview, wrong, rollback]);
    expect(state.anomalies.map(({ event_id }) => event_id)).toEqual([ulid(5), ulid(6), ulid(7)]);
  });

  it("groups are taken in order of first appearance: anomalies of one clock follow the first event of each work package", () => {
    const state = reduce([
      transition(1, 1, { wp: "WP-B", to: "claimed" }),
      transition(2, 1, { wp: "WP-A", to: "claimed" }),
      transition(3, 1, { wp: "WP-B", to: "for_review" }),
      transition(4, 2, { wp: "WP-A", to: "done" }),
    ]);
    expect(state.anomalies.map(({ event_id }) => event_id)).toEqual([ulid(1), ulid(3), ulid(2), ulid(4)]);
  });

  it("groups of different work packages at one clock are independent", () => {
    const state = reduce([transition(1, 1, { wp: "WP01", to: "planned" }), transition(2, 1, { wp: "WP02", to: "planned" })]);
    expect(lanesOf(state)).toEqual({ WP01: "planned", WP02: "planned" });
  });
});
