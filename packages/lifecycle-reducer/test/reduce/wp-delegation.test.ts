import { reduceStatusEvents } from "@sk/status-reducer";
import { describe, expect, it } from "vitest";
import { reduceLifecycleEvents } from "../../src/index.js";
import { envelope, events, payloads } from "../support/events.js";

describe("step 5: WPStatusChanged events go to the status reducer", () => {
  it("wp_states is the status reducer's wp_states over the mission's WP events", () => {
    const wp = [events.wp(2, "WP01", null, "planned"), events.wp(3, "WP01", "planned", "claimed"), events.wp(4, "WP02", null, "planned")];
    const state = reduceLifecycleEvents([events.started(1), ...wp, events.phase(5, "plan")]);
    expect(state.wp_states).toEqual(reduceStatusEvents(wp).wp_states);
    expect(state.wp_states["WP01"]).toMatchObject({ current_lane: "claimed", last_event_id: wp[1]!.event_id });
  });

  it("are not gated by the mission: applied before MissionStarted and after a terminal state", () => {
    const log = [events.wp(1, "WP01", null, "planned"), events.started(2), events.cancelled(3), events.wp(4, "WP01", "planned", "claimed")];
    const state = reduceLifecycleEvents(log);
    expect(state.mission_status).toBe("cancelled");
    expect(state.wp_states["WP01"]!.current_lane).toBe("claimed");
    expect(state.anomalies).toEqual([]);
  });

  it("each status anomaly follows every mission anomaly as { event_id, event_type: WPStatusChanged, reason: `WP {wp_id}: {reason}` }", () => {
    const mismatch = events.wp(2, "WP01", "planned", "claimed");
    const invalid = envelope(3, "WPStatusChanged", payloads.wp("WP02", null, "done"));
    const noWpId = envelope(4, "WPStatusChanged", { to_lane: "planned" });
    const late = events.phase(9, "plan");
    const state = reduceLifecycleEvents([late, noWpId, invalid, mismatch, events.completed(8), events.started(1)]);
    const status = reduceStatusEvents([mismatch, invalid, noWpId]);
    expect(state.anomalies).toEqual([
      { event_id: late.event_id, event_type: "PhaseEntered", reason: "Event after terminal state (completed)" },
      ...status.anomalies.map((anomaly) => ({ event_id: anomaly.event_id, event_type: "WPStatusChanged", reason: `WP ${anomaly.wp_id}: ${anomaly.reason}` })),
    ]);
    expect(state.anomalies.slice(1).map((anomaly) => anomaly.reason)).toEqual([
      expect.stringMatching(/^WP WP02: payload validation failed/),
      expect.stringMatching(/^WP <unknown>: payload validation failed/),
      "WP WP01: from_lane mismatch: expected None, got planned",
    ]);
  });

  it("the WP events handed over are the shared dedup's: a conflicting WP copy is resolved there, as for mission events", () => {
    const wp = events.wp(2, "WP01", null, "planned");
    const rewritten = { ...wp, payload: { ...wp.payload, to_lane: "blocked" } };
    const state = reduceLifecycleEvents([events.started(1), rewritten, wp]);
    expect(state.event_count).toBe(2);
    // Not `WP WP01: conflicting duplicate event_id`: the status reducer sees one version only.
    expect(state.anomalies.map((anomaly) => anomaly.reason)).toEqual(["WP WP01: Transition None -> blocked is not allowed"]);
    expect(reduceLifecycleEvents([wp, rewritten, events.started(1)])).toEqual(state);
  });
});
