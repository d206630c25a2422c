import { compareChecked } from "../compare/compare-checked.js";
import type { Orderable } from "../key/orderable.js";
import type { HeldEvents } from "./held-events.js";

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

/** `compareEvents` on held events `a` and `b`, then their position: a stable order. */
function comparator<T extends Orderable>(held: HeldEvents<T>): (a: number, b: number) => number {
  const { events, positions } = held;
  return (a, b) => compareChecked(events[a]!, events[b]!, positions[a], positions[b]) || a - b;
}

/**
 * Held indices by clock, stably, in linear time (a counting sort): lamport
 * clocks grow by about one per event, so their range is comparable to
 * the number of events. Returns the order and where each run of equal
 * clocks starts (plus the end).
 */
function countingOrder<T extends Orderable>(held: HeldEvents<T>, range: number): { readonly order: Uint32Array; readonly runs: Int32Array } {
  const { clocks, minClock } = held;
  const starts = new Int32Array(range + 1);
  for (let index = 0; index < clocks.length; index++) starts[clocks[index]! - minClock + 1]!++;
  for (let bucket = 0; bucket < range; bucket++) starts[bucket + 1]! += starts[bucket]!;
  const runs = starts.slice();
  const order = new Uint32Array(clocks.length);
  for (let index = 0; index < clocks.length; index++) order[starts[clocks[index]! - minClock]!++] = index;
  return { order, runs };
}

/**
 * The held indices in `compareEvents` order, stable for identical events.
 * Input already in order is returned as is (a log read in the order it was
 * written usually is). Dense clocks are counting-sorted first, and only runs of equal clocks
 * are compared; other inputs are sorted with the comparator alone.
 */
export function sortedOrder<T extends Orderable>(held: HeldEvents<T>): Uint32Array {
  const count = held.events.length;
  if (held.ordered) return Uint32Array.from({ length: count }, (_, index) => index);
  const compare = comparator(held);
  const range = held.maxClock - held.minClock + 1;
  if (!(range <= count * COUNTING_RANGE_PER_EVENT + COUNTING_RANGE_EXTRA)) {
    return Uint32Array.from(Array.from({ length: count }, (_, index) => index).sort(compare));
  }
  const { order, runs } = countingOrder(held, range);
  for (let bucket = 0; bucket < range; bucket++) {
    const start = runs[bucket]!;
    const end = runs[bucket + 1]!;
    if (end - start > INSERTION_SORT_LIMIT) order.set(Array.from(order.subarray(start, end)).sort(compare), start);
    else insertionSort(order, start, end, compare);
  }
  return order;
}
