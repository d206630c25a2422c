import type { Orderable, OrderingKey } from "./orderable.js";
import { readOrderingFields } from "./read-event.js";
import { renderTimestampKey } from "./timestamp-render.js";

/**
 * The ordering key `[lamport_clock, timestampKey(timestamp), EVENT_ID]` of
 * one event (docs/spec/envelope-and-ordering.md, section 2). The event id is upper-cased, so ids that
 * differ only in case have the same key.
 *
 * @throws OrderingInputError when the event is not an object, `event_id` is
 *   not a non-empty string, `lamport_clock` is not a safe integer `>= 0`,
 *   or `timestamp` is malformed.
 */
export function orderingKey(event: Orderable): OrderingKey {
  const fields = readOrderingFields(event);
  return Object.freeze([fields.lamportClock, renderTimestampKey(fields.timestamp, fields.offsetStart), fields.eventId] as const);
}
