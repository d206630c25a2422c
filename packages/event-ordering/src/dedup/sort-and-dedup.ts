import type { Orderable } from "../key/orderable.js";
import type { OrderingOptions } from "../options/ordering-options.js";
import { includeOf } from "../options/read-ordering-options.js";
import { dedupInOrder } from "../table/dedup-order.js";
import { EventTable } from "../table/event-table.js";
import { sortedOrder } from "../table/sorted-order.js";
import type { DedupResult } from "./dedup-result.js";

/**
 * The ordering step of every reducer: `dedupEvents(sortEvents(events))` in
 * one validating pass that also finds duplicate ids; ordered input is not
 * sorted again, and input without duplicate ids is not deduplicated again.
 * The result is the same for every permutation of the same events.
 *
 * With `include`, only the events it accepts are ordered (see `OrderingOptions`).
 *
 * @throws OrderingInputError when `events` is not an array or an event is invalid.
 * @throws ArgumentError for bad `options`.
 */
export function sortAndDedup<T extends Orderable>(events: readonly T[], options?: OrderingOptions<T>): DedupResult<T> {
  const table = new EventTable(events, { groupIds: true, include: includeOf(options) });
  return dedupInOrder(table, table.ordered ? undefined : sortedOrder(table));
}
