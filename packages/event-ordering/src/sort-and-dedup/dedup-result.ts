import type { Orderable } from "../key/orderable.js";
import type { InvalidElement } from "./invalid-element.js";

/**
 * Events that share an `event_id` but differ in content. `kept` is the
 * smallest under `compareEvents`; `discarded` lists every other distinct
 * version once, in `compareEvents` order (copies identical to `kept` or to
 * each other are not repeated).
 */
export interface DuplicateConflict<T extends Orderable> {
  /** The shared id, in canonical (upper) case. */
  readonly event_id: string;
  readonly kept: T;
  readonly discarded: readonly T[];
}

/** What `sortAndDedup` returns: the events sorted and deduplicated, and the conflicts found on the way. */
export interface DedupResult<T extends Orderable> {
  /** One event per canonical id, in `compareEvents` order, a new array. */
  readonly events: T[];
  /** One entry per id that had differing versions, in the order of the kept events. */
  readonly conflicts: readonly DuplicateConflict<T>[];
  /**
   * Where each of `events` is in the given array: `events[i]` is
   * `given[indices[i]]`. A caller that read the log once in input order
   * (where a parsed log sits in memory) can look up what it noted there
   * instead of reading each event again in sorted order.
   */
  readonly indices: Uint32Array;
}

/** What `sortAndDedup` returns when it checks envelopes: also the elements it left out as invalid. */
export interface CheckedDedupResult<T extends Orderable> extends DedupResult<T> {
  /** The elements that are not valid event envelopes, ordered by canonical JSON (always empty with `invalid: "throw"`). */
  readonly invalid: readonly InvalidElement[];
}
