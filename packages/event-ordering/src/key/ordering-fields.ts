import { timestampOffsetStart } from "@sk/event-envelope";
import { OrderingInputError } from "../errors/ordering-input-error.js";
import { invalidEventId } from "./event-id.js";
import { invalidLamportClock, isLamportClock } from "./lamport-clock.js";
import type { Orderable } from "./orderable.js";
import { invalidTimestamp } from "./timestamp-render.js";

/** The error for an event that is not an object. */
function invalidEvent(value: unknown, index: number | undefined): OrderingInputError {
  return new OrderingInputError({ field: "event", rule: "type", value, expectation: "expected an event object", index });
}

/** The error for an `events` argument that is not an array. */
export function invalidEvents(value: unknown): OrderingInputError {
  return new OrderingInputError({ field: "events", rule: "type", value, expectation: "expected an array of events" });
}

/**
 * The one check of the ordering fields, shared by `compareEvents`,
 * `orderingKey` and `sortAndDedup`: `event` is an object whose `event_id`
 * is a non-empty string, whose `lamport_clock` is a safe integer `>= 0` and
 * whose `timestamp` matches the envelope grammar. It allocates nothing.
 *
 * @throws OrderingInputError naming the first broken field (and `index`, when given).
 */
export function checkOrderingFields(event: unknown, index?: number): asserts event is Orderable {
  if (typeof event !== "object" || event === null) throw invalidEvent(event, index);
  const { event_id: eventId, lamport_clock: lamportClock, timestamp } = event as Orderable;
  if (typeof eventId !== "string" || eventId.length === 0) throw invalidEventId(eventId, index);
  if (!isLamportClock(lamportClock)) throw invalidLamportClock(lamportClock, index);
  if (typeof timestamp !== "string" || timestampOffsetStart(timestamp) === -1) throw invalidTimestamp(timestamp, index);
}
