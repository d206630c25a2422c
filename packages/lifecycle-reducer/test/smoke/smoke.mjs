// Runs from an empty project where only the packed tarballs are installed.
import assert from "node:assert/strict";
import { ArgumentError } from "@sk/event-envelope";
import { reduceLifecycleEvents, reduceLifecyclesByMission } from "@sk/lifecycle-reducer";

const event = (n, event_type, payload, aggregate = "m-1") => ({
  event_id: `01KN00000000000000000000${String(n).padStart(2, "0")}`,
  event_type,
  aggregate_id: `mission/${aggregate}`,
  payload: { mission_id: aggregate, actor: "prt-ana", ...payload },
  timestamp: `2026-04-02T10:00:${String(n).padStart(2, "0")}Z`,
  node_id: "smoke",
  lamport_clock: n,
  project_uuid: "3f2b8c1e-7d4a-4e59-9b6c-2a1d0e8f7c35",
  correlation_id: "01JQ2M8E1H4K8NR2TW6YZ9DF3C",
});
const log = [
  event(2, "PhaseEntered", { phase_name: "plan" }),
  event(1, "MissionStarted", { mission_type: "software-dev", initial_phase: "specify" }),
  event(3, "MissionCompleted", { mission_type: "software-dev", final_phase: "plan" }),
  event(4, "MissionCancelled", { reason: "late" }),
];
const state = reduceLifecycleEvents(log);
assert.equal(state.mission_status, "completed");
assert.deepEqual(state.phases_entered, ["specify", "plan"]);
assert.deepEqual(state.anomalies.map((anomaly) => anomaly.reason), ["Event after terminal state (completed)"]);
assert.throws(() => reduceLifecycleEvents([...log, event(5, "PhaseEntered", { phase_name: "x" }, "m-2")]), ArgumentError);
assert.deepEqual(Object.keys(reduceLifecyclesByMission([...log, event(5, "MissionStarted", { mission_type: "t", initial_phase: "a" }, "m-2")])), ["mission/m-1", "mission/m-2"]);

console.log("smoke: @sk/lifecycle-reducer ok (reduceLifecycleEvents, reduceLifecyclesByMission, ArgumentError)");
