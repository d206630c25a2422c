import type { ReducedLifecycleState } from "@sk/lifecycle-reducer";
import type { Style } from "../output/style.js";
import type { MissionContext } from "../reduce/reducer-plugin.js";
import { anomalyRows, orDash, wpLanes } from "./wp-lanes.js";

/** The summary of one mission's lifecycle: status, phase history, work packages. */
export function summariseLifecycle(state: ReducedLifecycleState, mission: MissionContext, style: Style): string {
  const status = state.mission_status === null ? style.dim("not started") : state.mission_status === "active" ? style.green("active") : style.bold(state.mission_status);
  const header = [
    `${style.bold(`Mission ${state.mission_id ?? "(not started)"}`)}${style.dim(` (${mission.aggregateId})`)}`,
    `${state.event_count} events; last ${mission.lastTimestamp}`,
    `status: ${status}; type: ${orDash(state.mission_type)}; current phase: ${orDash(state.current_phase)}`,
    `phases: ${state.phases_entered.length === 0 ? style.dim("none") : state.phases_entered.join(" -> ")}`,
  ].join("\n");
  const anomalies = state.anomalies.map((anomaly) => [orDash(anomaly.event_id), orDash(anomaly.event_type), style.red(anomaly.reason)]);
  return [header, wpLanes(state.wp_states, style), anomalyRows(style, anomalies, ["event_id", "event_type", "reason"])].join("\n");
}
