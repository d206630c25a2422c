import { writeCanonicalJson } from "../json/canonical-json-writer.js";
import { sameJson } from "../json/same-json.js";
import { canonicalEventId } from "../key/event-id.js";
import type { Orderable } from "../key/orderable.js";
import type { DedupResult, DuplicateConflict } from "./dedup-result.js";
import { duplicateGroups } from "./duplicate-ids.js";
import type { HeldEvents } from "./held-events.js";

const NO_CONFLICTS: readonly never[] = Object.freeze([]);

/** The versions in `others` (in compare order) that differ from the kept event and from each other, once each. */
function distinctDiscarded<T extends Orderable>(held: HeldEvents<T>, kept: number, others: readonly number[]): T[] {
  const { events, positions } = held;
  // Exact copies of the kept event (the usual duplicates) are dropped without serialising either.
  const versions = others.filter((other) => !sameJson(events[other], events[kept]));
  if (versions.length === 0) return [];
  const seen = new Set<string>([writeCanonicalJson(events[kept], positions?.[kept] ?? kept)]);
  const discarded: T[] = [];
  for (const other of versions) {
    const json = writeCanonicalJson(events[other], positions?.[other] ?? other);
    if (seen.has(json)) continue;
    seen.add(json);
    discarded.push(events[other]!);
  }
  return discarded;
}

/** Every held event in `order`, with where each is in the given array (no duplicates to drop). */
function allAt<T extends Orderable>(held: HeldEvents<T>, order: Uint32Array): DedupResult<T> {
  const { events: heldEvents, positions } = held;
  const count = order.length;
  // Sized once: growing a million-element array allocates (and collects) every intermediate size.
  const events = new Array<T>(count);
  const indices = new Uint32Array(count);
  for (let at = 0; at < count; at++) {
    const index = order[at]!;
    events[at] = heldEvents[index]!;
    indices[at] = positions === undefined ? index : positions[index]!;
  }
  return { events, conflicts: NO_CONFLICTS, indices };
}

/**
 * Deduplicates the held events visited in `order` (`compareEvents` order):
 * per canonical id the first one is kept, which is the smallest under
 * `compareEvents` and, among identical ones, the first in the given array
 * (the sort is stable). Differing versions become one conflict per id, in
 * the order of the kept events.
 */
export function dedupSorted<T extends Orderable>(held: HeldEvents<T>, order: Uint32Array): DedupResult<T> {
  const { events: heldEvents, positions } = held;
  const duplicates = duplicateGroups(held.hashes, (index) => canonicalEventId(heldEvents[index]!.event_id));
  if (duplicates === undefined) return allAt(held, order);
  const { groups, count } = duplicates;
  const kept = new Int32Array(count + 1).fill(-1);
  const others: number[][] = [];
  const keptGroups: number[] = [];
  // Sized once and cut to length: growing a million-element array allocates (and collects) every intermediate size.
  const events = new Array<T>(order.length);
  const indices = new Uint32Array(order.length);
  let keptCount = 0;
  for (let at = 0; at < order.length; at++) {
    const index = order[at]!;
    const group = groups[index]!;
    if (group === 0 || kept[group] === -1) {
      indices[keptCount] = positions === undefined ? index : positions[index]!;
      events[keptCount++] = heldEvents[index]!;
      if (group !== 0) {
        kept[group] = index;
        keptGroups.push(group);
        others[group] = [];
      }
    } else others[group]!.push(index);
  }
  events.length = keptCount;
  const conflicts: DuplicateConflict<T>[] = [];
  for (const group of keptGroups) {
    const index = kept[group]!;
    const discarded = distinctDiscarded(held, index, others[group]!);
    if (discarded.length > 0) {
      conflicts.push(Object.freeze({ event_id: canonicalEventId(heldEvents[index]!.event_id), kept: heldEvents[index]!, discarded: Object.freeze(discarded) }));
    }
  }
  return { events, conflicts: Object.freeze(conflicts), indices: indices.subarray(0, keptCount) };
}
