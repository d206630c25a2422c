import { compareChecked } from "../compare/compare-checked.js";
import type { Orderable } from "../key/orderable.js";
import type { HeldEvents } from "./held-events.js";
import type { SortKeys } from "./sort-keys.js";

/** Clock ranges up to this many buckets per event (plus a constant) are counting-sorted. */
const COUNTING_RANGE_PER_EVENT = 2;
const COUNTING_RANGE_EXTRA = 1024;

/** Runs of equal clocks up to this length are insertion-sorted in place: most are 1 or 2 events long, and allocating an array per run costs more. */
const INSERTION_SORT_LIMIT = 16;

/** Sorts `order[start..end)` in place, stably. */
function insertionSort(order: Uint32Array, start: number, end: number, compare: (a: number, b: number) => number): void {
  for (let at = start + 1; at < end; at++) {
    const index = order[at]!;
    let hole = at;
    while (hole > start && compare(order[hole - 1]!, index) > 0) {
      order[hole] = order[hole - 1]!;
      hole--;
    }
    order[hole] = index;
  }
}

/**
 * `compareEvents` on held events `a` and `b`, then their position: a
 * stable order. The clocks and timestamp ranks noted in input order decide
 * most pairs without reading the events.
 */
function comparator<T extends Orderable>(held: HeldEvents<T>, { clocks, ranks }: SortKeys): (a: number, b: number) => number {
  const { events, positions } = held;
  return (a, b) => clocks[a]! - clocks[b]! || ranks[a]! - ranks[b]! || compareChecked(events[a]!, events[b]!, positions?.[a] ?? a, positions?.[b] ?? b) || a - b;
}

/**
 * Held indices by clock, stably, in linear time (a counting sort): lamport
 * clocks grow by about one per event, so their range is comparable to
 * the number of events. Returns the order and where each clock's run of
 * events ends.
 */
function countingOrder(clocks: Float64Array, minClock: number, range: number): { readonly order: Uint32Array; readonly ends: Int32Array } {
  const count = clocks.length;
  const ends = new Int32Array(range);
  for (let index = 0; index < count; index++) ends[clocks[index]! - minClock]!++;
  for (let bucket = 1; bucket < range; bucket++) ends[bucket]! += ends[bucket - 1]!;
  const order = new Uint32Array(count);
  // Backwards, so that each bucket is filled from its end and keeps the input order.
  for (let index = count - 1; index >= 0; index--) order[--ends[clocks[index]! - minClock]!] = index;
  // Each bucket's counter now points at its start, which is where the previous run ends.
  ends.copyWithin(0, 1);
  ends[range - 1] = count;
  return { order, ends };
}

/**
 * The held indices in `compareEvents` order, stable for identical events.
 * Input already in order is returned as is (a log read in the order it was
 * written usually is). Dense clocks are counting-sorted first, and only runs of equal clocks
 * are compared; other inputs are sorted with the comparator alone.
 */
export function sortedOrder<T extends Orderable>(held: HeldEvents<T>): Uint32Array {
  const count = held.hashes.length;
  const { keys } = held;
  if (keys === undefined) {
    const order = new Uint32Array(count);
    for (let index = 0; index < count; index++) order[index] = index;
    return order;
  }
  const compare = comparator(held, keys);
  const range = held.maxClock - held.minClock + 1;
  if (!(range <= count * COUNTING_RANGE_PER_EVENT + COUNTING_RANGE_EXTRA)) {
    return Uint32Array.from(Array.from({ length: count }, (_, index) => index).sort(compare));
  }
  const { order, ends } = countingOrder(keys.clocks, held.minClock, range);
  let start = 0;
  for (let bucket = 0; bucket < range; bucket++) {
    const end = ends[bucket]!;
    if (end - start > INSERTION_SORT_LIMIT) order.set(Array.from(order.subarray(start, end)).sort(compare), start);
    else insertionSort(order, start, end, compare);
    start = end;
  }
  return order;
}
