import type { Orderable } from "../key/orderable.js";
import type { EventTable } from "./event-table.js";

/** Runs of equal lamport clocks up to this length are insertion-sorted in place. */
const INSERTION_SORT_LIMIT = 16;
const MAX_EXACT_FLOAT = 2 ** 53;
/** Clock ranges up to this many buckets per event (plus a constant) are counting-sorted. */
const COUNTING_RANGE_PER_EVENT = 2;
const COUNTING_RANGE_EXTRA = 1024;

/** Input indices sorted by lamport clock (stable), and where each run of equal clocks starts. */
interface LamportOrder {
  readonly order: Uint32Array;
  /** `runStarts[at]` is 1 when `order[at]` starts a run of equal clocks. */
  readonly runStarts: Uint8Array;
}

/**
 * Counting sort by clock, for clocks in a range comparable to the number of
 * events (the normal case: lamport clocks grow by about one per event).
 * Linear, stable, and it reads every event once, in input order.
 */
function countingLamportOrder<T extends Orderable>(table: EventTable<T>, range: number): LamportOrder {
  const { events, length, minLamport } = table;
  const buckets = new Int32Array(length);
  const starts = new Int32Array(range + 1);
  for (let index = 0; index < length; index++) {
    const bucket = events[index]!.lamport_clock - minLamport;
    buckets[index] = bucket;
    starts[bucket + 1]!++;
  }
  const runStarts = new Uint8Array(length);
  for (let bucket = 0; bucket < range; bucket++) {
    const count = starts[bucket + 1]!;
    if (count > 0) runStarts[starts[bucket]!] = 1;
    starts[bucket + 1] = starts[bucket]! + count;
  }
  const order = new Uint32Array(length);
  for (let index = 0; index < length; index++) order[starts[buckets[index]!]!++] = index;
  return { order, runStarts };
}

/**
 * Lamport clock and input index packed into one exactly representable
 * double, `clock * 2^bits + index`: the typed array's native numeric sort
 * orders by clock and keeps input order within a clock, and the runs are
 * read from the sorted keys without touching the events again (random
 * access to a million objects costs a cache miss each). Undefined when the
 * clocks are too large to pack.
 */
function packedLamportOrder<T extends Orderable>(table: EventTable<T>): LamportOrder | undefined {
  const { events, length } = table;
  let scale = 1;
  while (scale < length) scale *= 2;
  if ((table.maxLamport + 1) * scale > MAX_EXACT_FLOAT) return undefined;
  const keys = new Float64Array(length);
  for (let index = 0; index < length; index++) keys[index] = events[index]!.lamport_clock * scale + index;
  keys.sort();
  const order = new Uint32Array(length);
  const runStarts = new Uint8Array(length);
  let previousClock = -1;
  for (let at = 0; at < length; at++) {
    const key = keys[at]!;
    const index = key % scale;
    const clock = (key - index) / scale;
    order[at] = index;
    if (clock !== previousClock) runStarts[at] = 1;
    previousClock = clock;
  }
  return { order, runStarts };
}

/** A comparison sort by clock, for clocks too large to pack into doubles with the index. */
function comparedLamportOrder<T extends Orderable>(table: EventTable<T>): LamportOrder {
  const { events, length } = table;
  const clocks = Array.from({ length }, (_, index) => events[index]!.lamport_clock);
  const indices = Array.from({ length }, (_, index) => index);
  indices.sort((a, b) => clocks[a]! - clocks[b]! || a - b);
  const runStarts = new Uint8Array(length);
  for (let at = 0; at < length; at++) runStarts[at] = at === 0 || clocks[indices[at]!] !== clocks[indices[at - 1]!] ? 1 : 0;
  return { order: Uint32Array.from(indices), runStarts };
}

function lamportOrder<T extends Orderable>(table: EventTable<T>): LamportOrder {
  const range = table.maxLamport - table.minLamport + 1;
  if (range <= table.length * COUNTING_RANGE_PER_EVENT + COUNTING_RANGE_EXTRA) return countingLamportOrder(table, range);
  return packedLamportOrder(table) ?? comparedLamportOrder(table);
}

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
 * The input indices of `table` in `compareEvents` order, stable for
 * identical events. Sorts by lamport clock first (counting sort for dense
 * clocks, a native sort of packed doubles for sparse ones), then sorts each
 * run of equal clocks with the full comparison, so timestamps, ids and
 * canonical JSON are only ever read for ties.
 */
export function sortedOrder<T extends Orderable>(table: EventTable<T>): Uint32Array {
  const { order, runStarts } = lamportOrder(table);
  let start = 0;
  for (let at = 1; at <= order.length; at++) {
    if (at === order.length || runStarts[at] === 1) {
      if (at - start > 1) sortRun(table, order, start, at);
      start = at;
    }
  }
  return order;
}
