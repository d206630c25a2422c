import { ArgumentError } from "@sk/event-envelope/errors";
import { canonicalEventId, compareEvents } from "@sk/event-ordering";
import { WP_STATUS_CHANGED } from "@sk/status-contracts";
import { StatusDigest } from "./status-digest.js";
import type { StatusEnvelope } from "./status-envelope.js";

function notSorted(index: number, value: unknown, expectation: string): ArgumentError {
  return new ArgumentError(`events[${index}]`, "sortedStatusEvents", value, expectation);
}

/**
 * Checks what `reduceSortedStatusEvents` relies on and that no pass can
 * miss: every element is a `WPStatusChanged` event, each comes strictly
 * after the one before in the shared order, and no `event_id` repeats. It
 * digests the events on the way (the same single pass; see `StatusDigest`),
 * each at its index. Envelope validity
 * is the caller's promise (the parameter's type), as checking it again is
 * the work this entry point saves.
 */
export function checkSortedStatusEvents(events: unknown): StatusDigest {
  if (!Array.isArray(events)) throw new ArgumentError("events", "type", events, "expected an array of event envelopes");
  const digest = new StatusDigest(events.length);
  const ids = new Set<string>();
  let previous: StatusEnvelope | undefined;
  for (let index = 0; index < events.length; index++) {
    const event: unknown = events[index];
    if (typeof event !== "object" || event === null || (event as { readonly event_type?: unknown }).event_type !== WP_STATUS_CHANGED) {
      throw notSorted(index, event, `expected a ${WP_STATUS_CHANGED} event envelope`);
    }
    const current = event as StatusEnvelope;
    if (previous !== undefined && (current.lamport_clock < previous.lamport_clock || (current.lamport_clock === previous.lamport_clock && compareEvents(previous, current) >= 0))) {
      throw notSorted(index, current.event_id, "expected the events in sortAndDedup's order, each after the one before");
    }
    const id = canonicalEventId(current.event_id);
    if (ids.has(id)) throw notSorted(index, current.event_id, "expected each event_id once, as sortAndDedup leaves them");
    ids.add(id);
    digest.note(current, index);
    previous = current;
  }
  return digest;
}
