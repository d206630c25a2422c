// Runs from an empty project where only the packed tarballs are installed.
import assert from "node:assert/strict";
import { ArgumentError } from "@sk/event-envelope";
import { reduceStatusEvents, UNKNOWN_WP_ID } from "@sk/status-reducer";

const event = (n, clock, payload) => ({
  event_id: `01HZ${String(n).padStart(22, "0")}`,
  event_type: "WPStatusChanged",
  aggregate_id: "mission/m-1",
  payload: { feature_slug: "m-1", wp_id: "__proto__", actor: "a", execution_mode: "direct_repo", ...payload },
  timestamp: `2026-03-01T09:00:0${n}Z`,
  node_id: "smoke",
  lamport_clock: clock,
  project_uuid: "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
  correlation_id: "01HZ0000000000000000000000",
});
const log = [event(1, 1, { to_lane: "planned" }), event(2, 2, { from_lane: "planned", to_lane: "doing" }), { junk: true }];
const state = reduceStatusEvents(log.reverse());
assert.deepEqual(Object.keys(state.wp_states), ["__proto__"]);
assert.equal(Object.getOwnPropertyDescriptor(state.wp_states, "__proto__").value.current_lane, "planned");
assert.equal(state.anomalies.length, 2);
assert.equal(state.anomalies[0].wp_id, UNKNOWN_WP_ID);
assert.equal(state.anomalies[1].reason, "Transition planned -> in_progress is not allowed");
assert.deepEqual(JSON.parse(JSON.stringify(state)), state);
assert.throws(() => reduceStatusEvents("log"), ArgumentError);
console.log("@sk/status-reducer smoke ok");
