import type { EventEnvelope } from "@sk/event-envelope";
import { type ReducedStatusState, reduceSortedStatusEvents } from "@sk/status-reducer";
import type { LifecycleAnomaly } from "../state/lifecycle-state.js";

/** Work-package states: the status reducer's `wp_states`, keyed by `wp_id`. */
export type WpStates = ReducedStatusState["wp_states"];

/** The status reducer's outcome over the mission's `WPStatusChanged` events, in the lifecycle's terms. */
export interface WpOutcome {
  readonly wp_states: WpStates;
  /** Each status anomaly as `{ event_id, event_type: "WPStatusChanged", reason: "WP {wp_id}: {reason}" }`. */
  readonly anomalies: readonly LifecycleAnomaly[];
}

/**
 * Step 5 of the contract: the `WPStatusChanged` events go to the status
 * reducer unchanged, whatever the mission's status. They are already
 * checked, sorted and deduplicated with the mission events, so they enter
 * it after its ordering step (`reduceSortedStatusEvents`: the same state as
 * `reduceStatusEvents`, without checking and sorting them again).
 */
export function reduceWpEvents(events: readonly EventEnvelope[]): WpOutcome {
  const status = reduceSortedStatusEvents(events);
  return {
    wp_states: status.wp_states,
    anomalies: status.anomalies.map((anomaly) =>
      Object.freeze({ event_id: anomaly.event_id, event_type: "WPStatusChanged", reason: `WP ${anomaly.wp_id}: ${anomaly.reason}` }),
    ),
  };
}
