import { ArgumentError } from "@sk/event-envelope/errors";
import { OrderingInputError } from "@sk/event-ordering";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";
import { isFoldedType } from "../fold/fold-event.js";

/**
 * The collaboration events of `events` (the 14 types; every other event is
 * ignored and not counted), after checking that `events` is an array of
 * objects. Throws `ArgumentError` naming `events` or `events[i]`.
 *
 * When every event is a collaboration event (the usual log), the result is
 * `events` itself: no copy of a million references. Otherwise it is a
 * packed copy cut to length (cheaper than growing an array by pushes).
 * Neither is ever modified.
 */
export function collectCollaborationEvents(events: unknown, field = "events"): readonly CollaborationEnvelope[] {
  if (!Array.isArray(events)) throw new ArgumentError(field, "type", events, "expected an array of event envelopes");
  const length = events.length;
  let collected: unknown[] | undefined;
  let count = 0;
  for (let index = 0; index < length; index++) {
    const event: unknown = events[index];
    if (typeof event !== "object" || event === null || Array.isArray(event)) {
      throw new ArgumentError(`${field}[${index}]`, "type", event, "expected an event envelope object");
    }
    if (!isFoldedType((event as { readonly event_type?: unknown }).event_type)) {
      // The first event to leave out: from here on, keep a copy (its first `count` entries are already right).
      collected ??= events.slice();
      continue;
    }
    if (collected !== undefined) collected[count] = event;
    count += 1;
  }
  if (collected === undefined) return events as readonly CollaborationEnvelope[];
  collected.length = count;
  return collected as CollaborationEnvelope[];
}

/**
 * The ordering package names an invalid event by its index in the array it
 * was given, the collected collaboration events; this rewrites that index
 * to the event's index in the caller's `events`, keeping the original error
 * as the cause. Any other error is returned unchanged.
 */
export function reindexOrderingError(error: unknown, events: readonly unknown[]): unknown {
  if (!(error instanceof OrderingInputError) || error.index === undefined) return error;
  const index = callerIndex(events, error.index);
  return new OrderingInputError({ field: error.field, rule: error.rule, value: error.value, expectation: expectationOf(error), index, cause: error });
}

/** Index in `events` of the `collected`-th collaboration event. */
function callerIndex(events: readonly unknown[], collected: number): number {
  let seen = -1;
  let index = 0;
  for (; index < events.length; index++) {
    if (isFoldedType((events[index] as { readonly event_type?: unknown }).event_type) && ++seen === collected) break;
  }
  return index;
}

/** The expectation words of an ordering error's message: between `": "` and `" (rule: "`. */
function expectationOf(error: OrderingInputError): string {
  const start = error.message.indexOf(": ") + 2;
  const end = error.message.lastIndexOf(" (rule: ");
  return error.message.slice(start, end);
}
