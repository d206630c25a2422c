import type { DedupResult, DuplicateConflict } from "../dedup/dedup-result.js";
import type { Orderable } from "../key/orderable.js";
import type { EventTable } from "./event-table.js";

const NO_CONFLICTS: readonly never[] = Object.freeze([]);
/** Per-event status in `dedupInOrder`. */
const DROPPED = 1;
const KEPT_WITH_OTHERS = 2;

/** The events of `table` at `order` (all of them, in input order, when `order` is undefined). */
function eventsInOrder<T extends Orderable>(table: EventTable<T>, order: Uint32Array | undefined): T[] {
  // slice() gives a packed array of the right length; overwriting it is cheaper than growing one.
  const events = table.events.slice();
  if (order !== undefined) for (let at = 0; at < order.length; at++) events[at] = table.events[order[at]!]!;
  return events;
}

/** The versions in `others` that differ from the kept event and from each other, once each, in compare order. */
function distinctDiscarded<T extends Orderable>(table: EventTable<T>, kept: number, others: number[]): T[] {
  // Exact copies of the kept event (the usual duplicates) are dropped without serialising either.
  const versions = others.filter((other) => !table.sameContent(other, kept));
  if (versions.length === 0) return [];
  versions.sort((a, b) => table.compare(a, b) || a - b);
  const seen = new Set<string>([table.jsonAt(kept)]);
  const discarded: T[] = [];
  for (const other of versions) {
    const json = table.jsonAt(other);
    if (seen.has(json)) continue;
    seen.add(json);
    discarded.push(table.events[other]!);
  }
  return discarded;
}

/**
 * Deduplicates the events of `table` visited in `order` (input order when
 * undefined). Per canonical id the smallest event under `compareEvents` is
 * kept, the one with the lowest input index among identical ones, which is
 * also the first one in a stable sorted order; so the choice never depends
 * on `order`. The kept events stay in visiting order; differing versions
 * become one conflict per id, in the order of the kept events.
 */
export function dedupInOrder<T extends Orderable>(table: EventTable<T>, order: Uint32Array | undefined): DedupResult<T> {
  const groups = table.groups;
  if (groups === undefined) return { events: eventsInOrder(table, order), conflicts: NO_CONFLICTS };
  const length = table.length;
  const kept = new Int32Array(table.groupCount + 1).fill(-1);
  const others: number[][] = [];
  for (let group = 0; group <= table.groupCount; group++) others.push([]);
  // In input order: sequential reads, and the lowest index wins among identical events.
  for (let index = 0; index < length; index++) {
    const group = groups[index]!;
    if (group === 0) continue;
    const current = kept[group]!;
    if (current === -1) kept[group] = index;
    else if (table.compare(index, current) < 0) {
      kept[group] = index;
      others[group]!.push(current);
    } else others[group]!.push(index);
  }
  // One byte per event: the visiting pass below reads it in random order, so it must stay small.
  const status = new Uint8Array(length);
  let droppedCount = 0;
  for (let group = 1; group <= table.groupCount; group++) {
    for (const other of others[group]!) status[other] = DROPPED;
    droppedCount += others[group]!.length;
    status[kept[group]!] = KEPT_WITH_OTHERS;
  }
  // A packed array of the final length, overwritten below (cheaper than growing one).
  const events = table.events.slice(0, length - droppedCount);
  const conflicts: DuplicateConflict<T>[] = [];
  let written = 0;
  for (let at = 0; at < length; at++) {
    const index = order === undefined ? at : order[at]!;
    const state = status[index];
    if (state === DROPPED) continue;
    const event = table.events[index]!;
    events[written++] = event;
    if (state !== KEPT_WITH_OTHERS) continue;
    const discarded = distinctDiscarded(table, index, others[groups[index]!]!);
    if (discarded.length > 0) conflicts.push(Object.freeze({ event_id: table.idAt(index), kept: event, discarded: Object.freeze(discarded) }));
  }
  return { events, conflicts: Object.freeze(conflicts) };
}
