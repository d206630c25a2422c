import type { MissionStatus } from "@sk/lifecycle-contracts";
import type { WpStates } from "../wp/wp-status.js";

/**
 * Something the reducer did not apply. `event_id` and `event_type` are the
 * event's as on the wire; for an element that is not a valid envelope each
 * is the raw value when it is a string, else `null`.
 */
export interface LifecycleAnomaly {
  readonly event_id: string | null;
  readonly event_type: string | null;
  /** The contract's text, e.g. `Event before MissionStarted` or `WP WP01: from_lane mismatch: ...`. */
  readonly reason: string;
}

/**
 * The reduced state of one mission (snake_case, plain JSON, deeply frozen).
 * Before a valid `MissionStarted`, `mission_id`, `mission_status`,
 * `mission_type` and `current_phase` are `null`.
 */
export interface ReducedLifecycleState {
  /** `mission_id` of the MissionStarted that started the mission. */
  readonly mission_id: string | null;
  readonly mission_status: MissionStatus | null;
  /** `mission_type` of the MissionStarted that started the mission. */
  readonly mission_type: string | null;
  /** The last phase entered (initial phase, `PhaseEntered` or `ReviewRollback` target). */
  readonly current_phase: string | null;
  /** Every phase entered, in order, repeats included. */
  readonly phases_entered: readonly string[];
  /** The status reducer's `wp_states` over the mission's `WPStatusChanged` events. */
  readonly wp_states: WpStates;
  /** Invalid envelopes, then mission anomalies in processed order, then work-package anomalies. */
  readonly anomalies: readonly LifecycleAnomaly[];
  /** Mission and `WPStatusChanged` events after deduplication (invalid envelopes not counted). */
  readonly event_count: number;
  /** The last of those events in the shared order, or `null`. */
  readonly last_processed_event_id: string | null;
}
