import type { ReducedStatusState } from "@sk/status-reducer";
import type { Style } from "../output/style.js";
import type { MissionContext } from "../reduce/reducer-plugin.js";
import { anomalyRows, orDash, wpLanes } from "./wp-lanes.js";

/** The summary of one mission's work-package status. */
export function summariseStatus(state: ReducedStatusState, mission: MissionContext, style: Style): string {
  const header = `${style.bold(mission.aggregateId)}\n${state.event_count} WPStatusChanged events; last ${mission.lastTimestamp}`;
  const anomalies = state.anomalies.map((anomaly) => [orDash(anomaly.event_id), anomaly.wp_id, `${orDash(anomaly.from_lane)} -> ${orDash(anomaly.to_lane)}`, style.red(anomaly.reason)]);
  return [header, wpLanes(state.wp_states, style), anomalyRows(style, anomalies, ["event_id", "wp", "transition", "reason"])].join("\n");
}
