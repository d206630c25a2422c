import type { Orderable } from "../key/orderable.js";
import type { EventTable } from "./event-table.js";

/** Runs of equal lamport clocks up to this length are insertion-sorted in place. */
const INSERTION_SORT_LIMIT = 16;
const MAX_EXACT_FLOAT = 2 ** 53;

/** Sorts `order[start..end)` (indices with equal lamport clocks) by the full comparison, stably. */
function sortRun<T extends Orderable>(table: EventTable<T>, order: Uint32Array, start: number, end: number): void {
  if (end - start <= INSERTION_SORT_LIMIT) {
    for (let at = start + 1; at < end; at++) {
      const index = order[at]!;
      let hole = at;
      while (hole > start && table.compareTies(order[hole - 1]!, index) > 0) {
        order[hole] = order[hole - 1]!;
        hole--;
      }
      order[hole] = index;
    }
    return;
  }
  // Array.prototype.sort is stable; the index tie-break keeps it so on identical content too.
  const run = Array.from(order.subarray(start, end)).sort((a, b) => table.compareTies(a, b) || a - b);
  order.set(run, start);
}

/**
 * Lamport clock and input index packed into one exactly representable
 * double, `clock * 2^bits + index`: the typed array's native numeric sort
 * then orders by clock and keeps input order within a clock. Undefined when
 * the clocks are too large to pack.
 */
function packedLamportOrder<T extends Orderable>(table: EventTable<T>): Uint32Array | undefined {
  const length = table.length;
  let scale = 1;
  while (scale < length) scale *= 2;
  if ((table.maxLamport + 1) * scale > MAX_EXACT_FLOAT) return undefined;
  const keys = new Float64Array(length);
  const events = table.events;
  for (let index = 0; index < length; index++) keys[index] = events[index]!.lamport_clock * scale + index;
  keys.sort();
  const order = new Uint32Array(length);
  for (let at = 0; at < length; at++) order[at] = keys[at]! % scale;
  return order;
}

/** Input indices sorted by lamport clock alone (stable), for clocks too large to pack. */
function comparedLamportOrder<T extends Orderable>(table: EventTable<T>): Uint32Array {
  const events = table.events;
  const order = Array.from({ length: table.length }, (_, index) => index);
  order.sort((a, b) => events[a]!.lamport_clock - events[b]!.lamport_clock || a - b);
  return Uint32Array.from(order);
}

/**
 * The input indices of `table` in `compareEvents` order, stable for
 * identical events. Sorts by lamport clock first (natively when the clocks
 * pack into doubles), then sorts each run of equal clocks with the full
 * comparison, so timestamp keys and canonical JSON are only ever computed
 * for ties.
 */
export function sortedOrder<T extends Orderable>(table: EventTable<T>): Uint32Array {
  const order = packedLamportOrder(table) ?? comparedLamportOrder(table);
  const events = table.events;
  let start = 0;
  for (let at = 1; at <= order.length; at++) {
    if (at === order.length || events[order[at]!]!.lamport_clock !== events[order[start]!]!.lamport_clock) {
      if (at - start > 1) sortRun(table, order, start, at);
      start = at;
    }
  }
  return order;
}
