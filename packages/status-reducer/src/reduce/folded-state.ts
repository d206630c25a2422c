import { canonicalEventId } from "@sk/event-ordering";
import { setOwnProperty } from "../state/own-property.js";
import type { ReducedStatusState, StatusAnomaly, WpState } from "../state/reduced-state.js";
import { wpStateOf } from "../state/wp-state.js";
import { foldTransitions } from "./fold-transitions.js";
import { LANE_OF_CODE, type StatusDigest, toCode, validPayloadOf } from "./status-digest.js";
import type { StatusEnvelope } from "./status-envelope.js";

/**
 * Steps 2 to 5 over the processed events (sorted, deduplicated) and their
 * digest in the same order: the frozen state, its anomalies after
 * `earlier` (the ordering step's).
 */
export function foldedState(events: readonly StatusEnvelope[], digest: StatusDigest, earlier: readonly StatusAnomaly[]): ReducedStatusState {
  const { winners, winnerOrder, payloadAnomalies, transitionAnomalies } = foldTransitions(events, digest);
  const anomalies = [...earlier, ...payloadAnomalies, ...transitionAnomalies];
  const wpStates: Record<string, WpState> = {};
  for (const wp of winnerOrder) {
    const at = winners[wp]!;
    const winner = events[at]!;
    setOwnProperty(wpStates, digest.wpIds[wp]!, wpStateOf(winner, validPayloadOf(winner), LANE_OF_CODE[toCode(digest, at)]!));
  }
  const last = events[events.length - 1];
  return Object.freeze({
    wp_states: Object.freeze(wpStates),
    anomalies: Object.freeze(anomalies),
    event_count: events.length,
    last_processed_event_id: last === undefined ? null : canonicalEventId(last.event_id),
  });
}
