import { createEnvelopeCheck } from "@sk/event-envelope";
import { compareChecked } from "../compare/compare-checked.js";
import { eventIdHash } from "../key/event-id.js";
import type { Orderable } from "../key/orderable.js";
import { checkOrderingFields, invalidEvents } from "../key/ordering-fields.js";

/** The events `sortAndDedup` orders, checked, with what the sort and the dedup read of each, by position. */
export interface HeldEvents<T extends Orderable> {
  readonly events: readonly T[];
  /** `positions[i]`: where `events[i]` is in the given array (errors name that index). */
  readonly positions: Uint32Array;
  readonly clocks: Float64Array;
  /** `eventIdHash` of each event's id. */
  readonly hashes: Int32Array;
  readonly minClock: number;
  readonly maxClock: number;
  /** True when every event compares `<=` to the next one: the sort then has nothing to do. */
  readonly ordered: boolean;
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
 * one), reads its clock and id hash into typed arrays, which the sort and
 * the dedup then read instead of the events themselves, and notes whether
 * the events are already in order (then the sort is skipped).
 */
export function holdEvents<T extends Orderable>(input: readonly T[], include: ((event: T, index: number) => boolean) | undefined, checkEnvelopes: boolean): HeldEvents<T> {
  if (!Array.isArray(input)) throw invalidEvents(input);
  const isEnvelope = checkEnvelopes ? createEnvelopeCheck() : undefined;
  const length = input.length;
  // Sized once and cut to length: growing a million-element array allocates (and collects) every intermediate size.
  const events = new Array<T>(length);
  let count = 0;
  const positions = new Uint32Array(length);
  const clocks = new Float64Array(length);
  const hashes = new Int32Array(length);
  const invalidIndices: number[] = [];
  let minClock = Number.POSITIVE_INFINITY;
  let maxClock = Number.NEGATIVE_INFINITY;
  let ordered = true;
  for (let index = 0; index < length; index++) {
    const event: unknown = input[index];
    if (include !== undefined && (isEnvelope === undefined || isTypedObject(event)) && !include(event as T, index)) continue;
    if (isEnvelope === undefined) checkOrderingFields(event, index);
    else if (!isEnvelope(event)) {
      invalidIndices.push(index);
      continue;
    }
    const { lamport_clock: clock, event_id: id } = event as T;
    positions[count] = index;
    clocks[count] = clock;
    hashes[count] = eventIdHash(id);
    events[count++] = event as T;
    if (clock < minClock) minClock = clock;
    if (clock > maxClock) maxClock = clock;
    // Ordered so far, the previous event holds the largest clock: a smaller clock or a larger event on a tie breaks the order.
    else if (ordered && (clock < maxClock || compareChecked(events[count - 2]!, event as T, positions[count - 2], index) > 0)) ordered = false;
  }
  events.length = count;
  return { events, positions: positions.subarray(0, count), clocks: clocks.subarray(0, count), hashes: hashes.subarray(0, count), minClock, maxClock, ordered, invalidIndices };
}
