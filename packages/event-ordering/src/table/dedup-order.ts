import type { DedupResult, DuplicateConflict } from "../dedup/dedup-result.js";
import type { Orderable } from "../key/orderable.js";
import type { EventTable } from "./event-table.js";

const NO_CONFLICTS: readonly never[] = Object.freeze([]);

/** The events of `table` at `order` (all of them, in input order, when `order` is undefined). */
function eventsInOrder<T extends Orderable>(table: EventTable<T>, order: Uint32Array | undefined): T[] {
  // slice() gives a packed array of the right length; overwriting it is cheaper than growing one.
  const events = table.events.slice();
  if (order !== undefined) for (let at = 0; at < order.length; at++) events[at] = table.events[order[at]!]!;
  return events;
}

/** The distinct versions of `others` that differ from the kept event and from each other, in compare order. */
function distinctDiscarded<T extends Orderable>(table: EventTable<T>, kept: number, others: number[]): T[] {
  others.sort((a, b) => table.compare(a, b) || a - b);
  const seen = new Set<string>();
  const keptEvent = table.events[kept]!;
  const discarded: T[] = [];
  for (const other of others) {
    const event = table.events[other]!;
    if (event === keptEvent) continue;
    if (seen.size === 0) seen.add(table.jsonAt(kept));
    const json = table.jsonAt(other);
    if (seen.has(json)) continue;
    seen.add(json);
    discarded.push(event);
  }
  return discarded;
}

/**
 * Deduplicates the events of `table` visited in `order` (input order when
 * undefined): per canonical id the smallest event under `compareEvents` is
 * kept (the first one visited among identical ones), at its own place in
 * the visiting order. Differing versions become one conflict per id, in the
 * order of the kept events.
 */
export function dedupInOrder<T extends Orderable>(table: EventTable<T>, order: Uint32Array | undefined): DedupResult<T> {
  const groups = table.groups;
  if (groups === undefined) return { events: eventsInOrder(table, order), conflicts: NO_CONFLICTS };
  const length = table.length;
  const kept = new Int32Array(table.groupCount + 1).fill(-1);
  const others: number[][] = [];
  for (let group = 0; group <= table.groupCount; group++) others.push([]);
  for (let at = 0; at < length; at++) {
    const index = order === undefined ? at : order[at]!;
    const group = groups[index]!;
    if (group === 0) continue;
    const current = kept[group]!;
    if (current === -1) kept[group] = index;
    else if (table.compare(index, current) < 0) {
      kept[group] = index;
      others[group]!.push(current);
    } else others[group]!.push(index);
  }
  const events: T[] = [];
  const conflicts: DuplicateConflict<T>[] = [];
  for (let at = 0; at < length; at++) {
    const index = order === undefined ? at : order[at]!;
    const group = groups[index]!;
    if (group !== 0 && kept[group] !== index) continue;
    const event = table.events[index]!;
    events.push(event);
    if (group === 0) continue;
    const discarded = distinctDiscarded(table, index, others[group]!);
    if (discarded.length > 0) conflicts.push(Object.freeze({ event_id: table.idAt(index), kept: event, discarded: Object.freeze(discarded) }));
  }
  return { events, conflicts: Object.freeze(conflicts) };
}
