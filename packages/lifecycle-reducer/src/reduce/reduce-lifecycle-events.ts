import type { ReducedLifecycleState } from "../state/lifecycle-state.js";
import { requireEventArray } from "./event-array.js";
import { keptEvents } from "./kept-events.js";
import { lifecycleStateOf } from "./lifecycle-state-of.js";
import { assertSingleMission } from "./single-mission.js";

/**
 * Reduces one mission's events to its lifecycle state: keep the five
 * mission types and `WPStatusChanged` (an element that is not a valid
 * envelope is an `invalid envelope: ...` anomaly, not counted) → sort and
 * dedup with `@sk/event-ordering` → one mission per call → mission events
 * in lamport groups ordered `(is MissionCancelled, event_id)`, each checked
 * by the first matching rule → `WPStatusChanged` events reduced by the
 * status reducer, their anomalies last as `WP {wp_id}: {reason}`.
 *
 * Pure and deterministic: every permutation of the same events (duplicates
 * included) gives a deep-equal, deeply frozen, JSON-serialisable state;
 * neither `events` nor the events are modified. Never throws for bad
 * events; throws `ArgumentError` when `events` is not an array or holds
 * valid events of two missions (two `aggregate_id`s, both named).
 */
export function reduceLifecycleEvents(events: readonly unknown[]): ReducedLifecycleState {
  requireEventArray(events);
  const kept = keptEvents(events);
  assertSingleMission(kept.events);
  return lifecycleStateOf(kept);
}
