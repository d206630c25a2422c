import type { EventEnvelope } from "@sk/event-envelope";
import { canonicalEventId } from "@sk/event-ordering";
import { foldMissionEvent, unstartedMission } from "../fold/mission-fold.js";
import { missionOrder } from "../fold/mission-order.js";
import type { ReducedLifecycleState } from "../state/lifecycle-state.js";
import { reduceWpEvents } from "../wp/wp-status.js";
import { requireEventArray } from "./event-array.js";
import { keptEvents } from "./kept-events.js";
import { WP_STATUS_CHANGED } from "./own-events.js";
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
  const mission: EventEnvelope[] = [];
  const wp: EventEnvelope[] = [];
  for (const event of kept.events) (event.event_type === WP_STATUS_CHANGED ? wp : mission).push(event);
  const state = unstartedMission();
  for (const event of missionOrder(mission)) foldMissionEvent(state, event);
  const wpOutcome = reduceWpEvents(wp);
  const last = kept.events[kept.events.length - 1];
  return Object.freeze({
    mission_id: state.mission_id,
    mission_status: state.mission_status,
    mission_type: state.mission_type,
    current_phase: state.current_phase,
    phases_entered: Object.freeze(state.phases_entered),
    wp_states: wpOutcome.wp_states,
    anomalies: Object.freeze([...kept.invalid, ...state.anomalies, ...wpOutcome.anomalies]),
    event_count: kept.events.length,
    last_processed_event_id: last === undefined ? null : canonicalEventId(last.event_id),
  });
}
