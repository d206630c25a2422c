import { createEnvelopeCheck } from "@sk/event-envelope";
import { compareChecked } from "../compare/compare-checked.js";
import { eventIdHash } from "../key/event-id.js";
import type { Orderable } from "../key/orderable.js";
import { checkOrderingFields, invalidEvents } from "../key/ordering-fields.js";
import { noteSortKeys, RANKED_LOG_LENGTH, type SortKeys, sortKeysOf } from "./sort-keys.js";

/** The events `sortAndDedup` orders, checked, with the id hash of each, by position. */
export interface HeldEvents<T extends Orderable> {
  /** The given array itself when no element was left out, else a compacted copy. */
  readonly events: readonly T[];
  /** Where each held event is in the given array (errors name that index); undefined when it is the same index. */
  readonly positions: Uint32Array | undefined;
  /** `eventIdHash` of each event's id. */
  readonly hashes: Int32Array;
  readonly minClock: number;
  readonly maxClock: number;
  /** What the sort compares; undefined when every event compares `<=` to the next one, and the sort has nothing to do. */
  readonly keys: SortKeys | undefined;
  /** With `checkEnvelopes`: the indices (in the given array) of the elements that are not valid envelopes, ascending. */
  readonly invalidIndices: readonly number[];
}

/** An object (not an array) with a string `event_type`: the only elements `include` is asked about when envelopes are checked. */
function isTypedObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { readonly event_type?: unknown }).event_type === "string";
}

/**
 * One pass over `input`, in order: keeps the elements `include` accepts,
 * checks each (as a complete envelope with `checkEnvelopes`, noting the
 * invalid ones, else its ordering fields, throwing on the first invalid
 * one), hashes its id and notes whether the events are already in order
 * (then the sort is skipped). What the dedup and the sort compare is noted
 * in typed arrays by position (the id hash; from the first event out of
 * order on, the sort keys): a parsed log sits in memory in input order,
 * where this pass reads it sequentially, while reading the events again
 * in sorted order would miss the cache on each.
 */
export function holdEvents<T extends Orderable>(
  input: readonly T[],
  include: ((event: T, index: number) => boolean) | undefined,
  checkEnvelopes: boolean,
  rankedLength = RANKED_LOG_LENGTH,
): HeldEvents<T> {
  if (!Array.isArray(input)) throw invalidEvents(input);
  const isEnvelope = checkEnvelopes ? createEnvelopeCheck() : undefined;
  const length = input.length;
  const hashes = new Int32Array(length);
  const invalidIndices: number[] = [];
  // From the first element left out on: a packed copy overwritten with the held events (and cut to length), and their positions.
  let events: T[] | undefined;
  let positions: Uint32Array | undefined;
  let count = 0;
  let previous: T | undefined;
  let previousIndex = 0;
  let minClock = Number.POSITIVE_INFINITY;
  let maxClock = Number.NEGATIVE_INFINITY;
  let keys: SortKeys | undefined;
  for (let index = 0; index < length; index++) {
    const event: unknown = input[index];
    let leftOut = include !== undefined && (isEnvelope === undefined || isTypedObject(event)) && !include(event as T, index);
    if (!leftOut && isEnvelope !== undefined && !isEnvelope(event)) {
      invalidIndices.push(index);
      leftOut = true;
    }
    if (leftOut) {
      if (events === undefined) {
        events = input.slice();
        positions = new Uint32Array(length);
        for (let at = 0; at < count; at++) positions[at] = at;
      }
      continue;
    }
    if (isEnvelope === undefined) checkOrderingFields(event, index);
    const held = event as T;
    if (events !== undefined) {
      events[count] = held;
      positions![count] = index;
    }
    hashes[count] = eventIdHash(held.event_id);
    const clock = held.lamport_clock;
    if (clock < minClock) minClock = clock;
    if (clock > maxClock) maxClock = clock;
    // Ordered so far, the previous event holds the largest clock: a smaller clock or a larger event on a tie breaks the order.
    else if (keys === undefined && (clock < maxClock || compareChecked(previous!, held, previousIndex, index) > 0)) keys = sortKeysOf(length, events ?? input, count, rankedLength);
    if (keys !== undefined) noteSortKeys(keys, count, held);
    previous = held;
    previousIndex = index;
    count += 1;
  }
  if (events !== undefined) events.length = count;
  return {
    events: events ?? input,
    positions: positions?.subarray(0, count),
    hashes: hashes.subarray(0, count),
    minClock,
    maxClock,
    keys: keys === undefined ? undefined : { clocks: keys.clocks.subarray(0, count), ranks: keys.ranks.subarray(0, count), ranked: keys.ranked },
    invalidIndices,
  };
}
