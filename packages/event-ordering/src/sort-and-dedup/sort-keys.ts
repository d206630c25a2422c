import type { Orderable } from "../key/orderable.js";
import { timestampRank } from "../key/timestamp-rank.js";

/**
 * Logs of at least this many elements get timestamp ranks. A smaller log
 * stays in cache, where comparing the events costs less than ranking every
 * timestamp: on shuffled status logs ranks cost 15% at 1,000 events and 6%
 * at 4,000, and saved 8% at 16,000 and 14% at 256,000 (bench/README.md).
 */
export const RANKED_LOG_LENGTH = 8192;

/**
 * What the sort compares of each held event, by position: its lamport
 * clock and, in a large log, `timestampRank` (else 0: equal ranks leave
 * the order to the events). Noted while the events are read in input
 * order, where a parsed log sits in memory; comparing these typed arrays
 * instead of the events spares the sort a cache miss per event on a large
 * shuffled log.
 */
export interface SortKeys {
  readonly clocks: Float64Array;
  readonly ranks: Float64Array;
  readonly ranked: boolean;
}

/** Notes the keys of held event `at`, whose ordering fields are checked. */
export function noteSortKeys(keys: SortKeys, at: number, event: Orderable): void {
  keys.clocks[at] = event.lamport_clock;
  if (keys.ranked) keys.ranks[at] = timestampRank(event.timestamp);
}

/** Keys for up to `length` events (ranked from `rankedLength` on), those of `events[0..count)` noted. */
export function sortKeysOf(length: number, events: readonly Orderable[], count: number, rankedLength: number): SortKeys {
  const buffer = new ArrayBuffer(2 * length * Float64Array.BYTES_PER_ELEMENT);
  const keys = {
    clocks: new Float64Array(buffer, 0, length),
    ranks: new Float64Array(buffer, length * Float64Array.BYTES_PER_ELEMENT, length),
    ranked: length >= rankedLength,
  };
  for (let at = 0; at < count; at++) noteSortKeys(keys, at, events[at]!);
  return keys;
}
