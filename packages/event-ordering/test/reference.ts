import { canonicalJson, compareEvents, type DedupResult, type DuplicateConflict, type Orderable } from "../src/index.ts";

/** The obvious, slow implementations the fast ones must agree with. */

export function referenceSort<T extends Orderable>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}

/** Per upper-case id: the smallest event under compareEvents (lowest index on ties), kept at its place in `events`. */
export function referenceDedup<T extends Orderable>(events: readonly T[]): DedupResult<T> {
  const byId = new Map<string, number[]>();
  events.forEach((event, index) => {
    const id = event.event_id.toUpperCase();
    byId.set(id, [...(byId.get(id) ?? []), index]);
  });
  const keptIndex = new Map<string, number>();
  for (const [id, indices] of byId) keptIndex.set(id, [...indices].sort((a, b) => compareEvents(events[a]!, events[b]!) || a - b)[0]!);
  const kept = events.filter((event, index) => keptIndex.get(event.event_id.toUpperCase()) === index);
  const conflicts: DuplicateConflict<T>[] = [];
  for (const event of kept) {
    const id = event.event_id.toUpperCase();
    const others = byId
      .get(id)!
      .filter((index) => events[index] !== event)
      .map((index) => events[index]!)
      .sort(compareEvents);
    const seen = new Set([canonicalJson(event)]);
    const discarded = others.filter((other) => {
      const json = canonicalJson(other);
      if (seen.has(json)) return false;
      seen.add(json);
      return true;
    });
    if (discarded.length > 0) conflicts.push({ event_id: id, kept: event, discarded });
  }
  return { events: kept, conflicts };
}
