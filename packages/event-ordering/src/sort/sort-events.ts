import type { Orderable } from "../key/orderable.js";
import type { OrderingOptions } from "../options/ordering-options.js";
import { includeOf } from "../options/read-ordering-options.js";
import { EventTable } from "../table/event-table.js";
import { sortedOrder } from "../table/sorted-order.js";

/**
 * A new array of `events` in `compareEvents` order (docs/spec/envelope-and-ordering.md, section 2). The
 * order is total, so every permutation of the same events gives the same
 * result; identical events keep their input order. Input already in order
 * is recognised in the validating pass and copied without sorting. The
 * input array and its events are never modified. With `include`, only the
 * events it accepts are sorted (see `OrderingOptions`).
 *
 * @throws OrderingInputError when `events` is not an array or an event is
 *   invalid (the error names its `index`, `field`, `rule` and `value`).
 * @throws ArgumentError for bad `options`.
 */
export function sortEvents<T extends Orderable>(events: readonly T[], options?: OrderingOptions<T>): T[] {
  const table = new EventTable(events, { groupIds: false, include: includeOf(options) });
  const held = table.events;
  if (table.ordered) return held.slice();
  const order = sortedOrder(table);
  const sorted = held.slice();
  for (let at = 0; at < order.length; at++) sorted[at] = held[order[at]!]!;
  return sorted;
}
