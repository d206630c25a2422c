import { describe, expect, it } from "vitest";
import { UNKNOWN_WP_ID } from "../../src/index.js";
import { EVIDENCE, envelope, payload, transition, ulid } from "../support/events.js";
import { lanesOf, reasonsOf, reduce } from "../support/reduce.js";

describe("step 2: invalid payloads", () => {
  it("reason is `payload validation failed: {field}: {rule}` of the first violation", () => {
    const state = reduce([envelope(1, 1, { ...payload({ to: "planned" }), wp_id: "WP01", actor: "" })]);
    expect(reasonsOf(state)).toEqual(["payload validation failed: actor: minLength"]);
  });

  it("names a nested field by its path", () => {
    const nested = envelope(1, 1, payload({ from: "for_review", to: "done", evidence: { ...EVIDENCE, repos: [{ repo: "r", branch: "b" }] } }));
    expect(reasonsOf(reduce([nested]))).toEqual(["payload validation failed: evidence/repos/0/commit: required"]);
  });

  it("force: true without a non-blank reason is an invalid payload, not a rejected transition", () => {
    const state = reduce([transition(1, 1, { from: "done", to: "planned", force: true, reason: "  " })]);
    expect(state.anomalies).toEqual([{ event_id: ulid(1), wp_id: "WP01", from_lane: "done", to_lane: "planned", reason: "payload validation failed: reason: pattern" }]);
    expect(state.event_count).toBe(1);
  });

  it("to_lane done without evidence is an invalid payload, forced or not", () => {
    const state = reduce([
      transition(1, 1, { from: "for_review", to: "done", evidence: null }),
      transition(2, 2, { from: "for_review", to: "done", force: true, reason: "hotfix", evidence: undefined }),
    ]);
    expect(reasonsOf(state)).toEqual(["payload validation failed: evidence: type", "payload validation failed: evidence: required"]);
  });

  it("wp_id is the payload's when it is a non-empty string, else <unknown>", () => {
    const withWp = (n: number, wp: unknown) => envelope(n, n, { ...payload({ to: "planned" }), wp_id: wp, actor: 1 });
    const withoutWp = envelope(4, 4, { to_lane: "planned" });
    const state = reduce([withWp(1, "WP01"), withWp(2, ""), withWp(3, 7), withoutWp]);
    expect(state.anomalies.map(({ wp_id }) => wp_id)).toEqual(["WP01", UNKNOWN_WP_ID, UNKNOWN_WP_ID, UNKNOWN_WP_ID]);
  });

  it("lanes are the alias-normalised lanes when they are lanes, else null", () => {
    const state = reduce([
      envelope(1, 1, { ...payload({ from: "doing", to: "for_review" }), actor: "" }),
      envelope(2, 2, { ...payload({ to: "Doing" }), from_lane: "in-progress" }),
    ]);
    expect(state.anomalies.map(({ from_lane, to_lane }) => [from_lane, to_lane])).toEqual([
      ["in_progress", "for_review"],
      [null, null],
    ]);
  });

  it("an envelope without a payload has the default payload {}", () => {
    const bare = envelope(1, 1, undefined);
    delete bare["payload"];
    expect(reduce([bare]).anomalies).toEqual([{ event_id: ulid(1), wp_id: UNKNOWN_WP_ID, from_lane: null, to_lane: null, reason: "payload validation failed: feature_slug: required" }]);
  });

  it("come before every transition anomaly, each group in processed order", () => {
    const state = reduce([
      transition(1, 1, { to: "claimed" }), // rejected transition, processed first
      envelope(2, 2, { ...payload({ to: "planned" }), actor: "" }),
      transition(3, 3, { to: "for_review" }),
      envelope(4, 4, { ...payload({ to: "planned" }), feature_slug: "" }),
    ]);
    expect(reasonsOf(state)).toEqual([
      "payload validation failed: actor: minLength",
      "payload validation failed: feature_slug: minLength",
      "Transition None -> claimed is not allowed",
      "Transition None -> for_review is not allowed",
    ]);
  });

  it("an invalid payload does not move the work package", () => {
    const state = reduce([transition(1, 1, { to: "planned" }), envelope(2, 2, { ...payload({ from: "planned", to: "claimed" }), execution_mode: "cloud" })]);
    expect(lanesOf(state)).toEqual({ WP01: "planned" });
  });
});
