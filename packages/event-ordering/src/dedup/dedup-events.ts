import type { Orderable } from "../key/orderable.js";
import type { OrderingOptions } from "../options/ordering-options.js";
import { includeOf } from "../options/read-ordering-options.js";
import { dedupInOrder } from "../table/dedup-order.js";
import { EventTable } from "../table/event-table.js";
import type { DedupResult } from "./dedup-result.js";

/**
 * Removes events whose canonical (upper-case) `event_id` was already seen
 * (docs/spec/envelope-and-ordering.md, section 3). Per id, the event kept is the smallest under
 * `compareEvents`, so the choice never depends on the input order (on
 * sorted input it is the first occurrence). Copies with the same canonical
 * JSON are dropped silently; differing versions are reported as one
 * `DuplicateConflict` per id. The kept events stay in input order; neither
 * the input array nor its events are modified. With `include`, only the
 * events it accepts are deduplicated (see `OrderingOptions`).
 *
 * @throws OrderingInputError when `events` is not an array or an event is invalid.
 * @throws ArgumentError for bad `options`.
 */
export function dedupEvents<T extends Orderable>(events: readonly T[], options?: OrderingOptions<T>): DedupResult<T> {
  return dedupInOrder(new EventTable(events, { groupIds: true, include: includeOf(options) }), undefined);
}
