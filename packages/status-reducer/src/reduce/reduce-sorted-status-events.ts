import type { EventEnvelope } from "@sk/event-envelope";
import type { ReducedStatusState } from "../state/reduced-state.js";
import { foldedState } from "./folded-state.js";
import { checkSortedStatusEvents } from "./sorted-status-events.js";
import type { StatusEnvelope } from "./status-envelope.js";

/**
 * `reduceStatusEvents` for events that already went through the shared
 * ordering step, for a reducer that orders a larger log itself (the
 * lifecycle reducer hands over a mission's `WPStatusChanged` events this
 * way): `events` are `WPStatusChanged` envelopes as `sortAndDedup` of
 * `@sk/event-ordering` returned them after checking envelopes (`invalid`
 * set), or any subsequence of them, in that order. The result is then
 * exactly `reduceStatusEvents(events)`'s, without checking every envelope
 * and sorting a second time. Steps 2 to 5 run as there; there are no
 * invalid envelopes or conflicting duplicates left to report.
 *
 * @throws ArgumentError when `events` is not an array, an element is not a
 *   `WPStatusChanged` event, an event does not come strictly after the one
 *   before it, or an `event_id` repeats (field `events[i]`, rule
 *   `sortedStatusEvents`).
 */
export function reduceSortedStatusEvents(events: readonly EventEnvelope[]): ReducedStatusState {
  const digest = checkSortedStatusEvents(events);
  return foldedState(events as readonly StatusEnvelope[], digest, []);
}
