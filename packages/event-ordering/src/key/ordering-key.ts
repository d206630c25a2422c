import type { Orderable, OrderingKey } from "./orderable.js";
import { canonicalEventId } from "./event-id.js";
import { checkOrderingFields } from "./ordering-fields.js";
import { timestampKey } from "./timestamp-key.js";

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
  checkOrderingFields(event);
  return Object.freeze([event.lamport_clock, timestampKey(event.timestamp), canonicalEventId(event.event_id)] as const);
}
