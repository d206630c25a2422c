import { canonicalEventId } from "@sk/event-ordering";
import { setOwnProperty } from "../state/own-property.js";
import type { ReducedStatusState, StatusAnomaly, WpState } from "../state/reduced-state.js";
import { wpStateOf } from "../state/wp-state.js";
import { foldTransitions } from "./fold-transitions.js";
import type { PayloadVerdicts } from "./payload-verdicts.js";
import type { StatusEnvelope } from "./status-envelope.js";

/**
 * Steps 2 to 5 over the processed events (sorted, deduplicated, their
 * payloads checked in `payloads`): the frozen state, its anomalies after
 * `earlier` (the ordering step's).
 */
export function foldedState(events: readonly StatusEnvelope[], payloads: PayloadVerdicts, earlier: readonly StatusAnomaly[]): ReducedStatusState {
  const { winners, payloadAnomalies, transitionAnomalies } = foldTransitions(events, payloads);
  const anomalies = [...earlier, ...payloadAnomalies, ...transitionAnomalies];
  const wpStates: Record<string, WpState> = {};
  for (const [wpId, winner] of winners) setOwnProperty(wpStates, wpId, wpStateOf(winner));
  const last = events[events.length - 1];
  return Object.freeze({
    wp_states: Object.freeze(wpStates),
    anomalies: Object.freeze(anomalies),
    event_count: events.length,
    last_processed_event_id: last === undefined ? null : canonicalEventId(last.event_id),
  });
}
