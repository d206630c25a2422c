import { timestampOffsetStart } from "@sk/event-envelope";
import { OrderingInputError } from "../errors/ordering-input-error.js";
import { canonicalEventId, invalidEventId } from "./event-id.js";
import { invalidLamportClock, isLamportClock } from "./lamport-clock.js";
import type { Orderable } from "./orderable.js";
import { invalidTimestamp } from "./timestamp-render.js";

/** The checked ordering fields of one event. */
export interface OrderingFields {
  readonly lamportClock: number;
  readonly timestamp: string;
  /** Where the timestamp's offset starts (see `timestampOffsetStart`). */
  readonly offsetStart: number;
  /** Canonical (upper-case) event id. */
  readonly eventId: string;
}

/** The error for an event that is not an object. */
export function invalidEvent(value: unknown, index: number | undefined): OrderingInputError {
  return new OrderingInputError({ field: "event", rule: "type", value, expectation: "expected an event object", index });
}

/** The error for an `events` argument that is not an array. */
export function invalidEvents(value: unknown): OrderingInputError {
  return new OrderingInputError({ field: "events", rule: "type", value, expectation: "expected an array of events" });
}

/**
 * Checks the three ordering fields of `event` and returns them, the id in
 * canonical case. Throws `OrderingInputError` naming the first broken field.
 */
export function readOrderingFields(event: unknown, index?: number): OrderingFields {
  const offsetStart = checkOrderingFields(event, index);
  const { event_id: eventId, lamport_clock: lamportClock, timestamp } = event as Orderable;
  return { lamportClock, timestamp, offsetStart, eventId: canonicalEventId(eventId) };
}

/** Checks the three ordering fields (see `assertOrderable`) and returns where the timestamp's offset starts. */
function checkOrderingFields(event: unknown, index: number | undefined): number {
  if (typeof event !== "object" || event === null) throw invalidEvent(event, index);
  const { event_id: eventId, lamport_clock: lamportClock, timestamp } = event as Orderable;
  if (typeof eventId !== "string" || eventId.length === 0) throw invalidEventId(eventId, index);
  if (!isLamportClock(lamportClock)) throw invalidLamportClock(lamportClock, index);
  const offsetStart = typeof timestamp === "string" ? timestampOffsetStart(timestamp) : -1;
  if (offsetStart === -1) throw invalidTimestamp(timestamp, index);
  return offsetStart;
}

/**
 * Checks that `event` can be ordered: an object whose `event_id` is a
 * non-empty string, whose `lamport_clock` is a safe integer `>= 0` and whose
 * `timestamp` matches the envelope grammar, exactly the checks of
 * `compareEvents`, `sortEvents` and `orderingKey`, without allocating.
 * For callers that order events one at a time (a live reducer comparing an
 * arrival with the last event it applied): after this check, a strictly
 * larger `lamport_clock` alone proves that the event sorts after.
 *
 * @throws OrderingInputError naming the first broken field.
 */
export function assertOrderable(event: unknown): asserts event is Orderable {
  checkOrderingFields(event, undefined);
}
