import type { Orderable } from "../key/orderable.js";
import { timestampRank } from "../key/timestamp-rank.js";

/**
 * What the sort compares of each held event, by position: its lamport
 * clock and `timestampRank`. Noted while the events are read in input
 * order, where a parsed log sits in memory; comparing these typed arrays
 * instead of the events spares the sort a cache miss per event on a
 * shuffled log.
 */
export interface SortKeys {
  readonly clocks: Float64Array;
  readonly ranks: Float64Array;
}

/** Notes the keys of held event `at`, whose ordering fields are checked. */
export function noteSortKeys(keys: SortKeys, at: number, event: Orderable): void {
  keys.clocks[at] = event.lamport_clock;
  keys.ranks[at] = timestampRank(event.timestamp);
}

/** Keys for up to `length` events, those of `events[0..count)` noted. */
export function sortKeysOf(length: number, events: readonly Orderable[], count: number): SortKeys {
  const keys = { clocks: new Float64Array(length), ranks: new Float64Array(length) };
  for (let at = 0; at < count; at++) noteSortKeys(keys, at, events[at]!);
  return keys;
}
