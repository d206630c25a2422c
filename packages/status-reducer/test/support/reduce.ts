import { type ReducedStatusState, reduceStatusEvents } from "../../src/index.js";

/** Reduces a log of test envelopes (plain records). */
export function reduce(events: readonly unknown[]): ReducedStatusState {
  return reduceStatusEvents(events);
}

/** The reasons of the anomalies, in order. */
export function reasonsOf(state: ReducedStatusState): string[] {
  return state.anomalies.map((anomaly) => anomaly.reason);
}

/** `wp_id` → `current_lane`. */
export function lanesOf(state: ReducedStatusState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.wp_states).map(([wpId, wp]) => [wpId, wp.current_lane]));
}
