import { canonicalEventId } from "@sk/event-ordering";
import { anomalyOf } from "../anomalies/anomaly.js";
import { reasons } from "../anomalies/reasons.js";
import type { ReducedStatusState, StatusAnomaly } from "../state/reduced-state.js";
import { foldedState } from "./folded-state.js";
import { orderStatusEvents } from "./ordered-status-events.js";

function payloadOfElement(element: unknown): unknown {
  return typeof element === "object" && element !== null ? (element as { readonly payload?: unknown }).payload : undefined;
}

/**
 * Reduces one mission's `WPStatusChanged` events to each work package's
 * lane. Other event types are ignored; an element without a string
 * `event_type` counts as a status event. In order:
 * 1. each element that is not a valid envelope → anomaly `invalid envelope: …`,
 *    not counted; the rest sorted and deduplicated by `@sk/event-ordering`,
 *    each conflicting duplicate → anomaly `conflicting duplicate event_id`
 *    (the kept version is applied);
 * 2. every payload parsed → anomaly `payload validation failed: …` for an invalid one;
 * 3. valid events grouped by `(wp_id, lamport_clock)`, reviewer rollbacks last in a group;
 * 4. each checked against the lane at the start of its group (`from_lane
 *    mismatch: …`, then `validateTransition`); the last valid one of a group wins.
 *
 * Pure and deterministic: any permutation of the same events (duplicates
 * included) gives a deep-equal result; the input is never modified. The
 * result is deeply frozen plain JSON.
 *
 * @throws ArgumentError when `events` is not an array.
 */
export function reduceStatusEvents(events: readonly unknown[]): ReducedStatusState {
  const ordered = orderStatusEvents(events);
  const anomalies: StatusAnomaly[] = ordered.invalid.map(({ element, event_id, violations }) =>
    Object.freeze({ ...anomalyOf(event_id, payloadOfElement(element), reasons.invalidEnvelope(violations)), from_lane: null, to_lane: null }),
  );
  for (const { kept } of ordered.conflicts) anomalies.push(anomalyOf(canonicalEventId(kept.event_id), kept.payload, reasons.conflictingDuplicate));
  return foldedState(ordered.events, ordered.digest.gather(ordered.indices), anomalies);
}
