import type { EventEnvelope } from "@sk/event-envelope";
import { canonicalEventId } from "@sk/event-ordering";
import { foldMissionEvent, unstartedMission } from "../fold/mission-fold.js";
import { missionOrder } from "../fold/mission-order.js";
import type { ReducedLifecycleState } from "../state/lifecycle-state.js";
import { reduceWpEvents } from "../wp/wp-status.js";
import type { KeptEvents } from "./kept-events.js";
import { WP_STATUS_CHANGED } from "./own-events.js";

/**
 * Steps 3 to 5 over one mission's kept events (step 1 done, one
 * `aggregate_id`): the mission events folded in lamport groups, the
 * `WPStatusChanged` events reduced by the status reducer, the frozen state.
 */
export function lifecycleStateOf(kept: KeptEvents): ReducedLifecycleState {
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
