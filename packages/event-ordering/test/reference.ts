import { envelopeValidator } from "@sk/event-envelope";
import { canonicalJson, compareEvents, type DedupResult, type DuplicateConflict, type InvalidElement, type Orderable, type SortAndDedupOptions } from "../src/index.ts";

/** The obvious, slow implementations `sortAndDedup` must agree with. */

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

/**
 * `sortAndDedup(log, { include, invalid: "report" })` spelt out: filter
 * (an element that is not an object with a string `event_type` counts as
 * included), split off what the envelope validator rejects (ordered by
 * canonical JSON), then sort and dedup the rest as above.
 */
export function referenceSortAndDedup<T extends Orderable>(log: readonly T[], include: NonNullable<SortAndDedupOptions<T>["include"]> = () => true): DedupResult<T> & { readonly invalid: readonly InvalidElement[] } {
  const typed = (element: unknown): boolean => typeof element === "object" && element !== null && !Array.isArray(element) && typeof (element as { event_type?: unknown }).event_type === "string";
  const included = log.map((element, index) => ({ element, index })).filter(({ element, index }) => !typed(element) || include(element, index));
  const valid = included.filter(({ element }) => envelopeValidator.check(element)).map(({ element }) => element);
  const invalid = included
    .filter(({ element }) => !envelopeValidator.check(element))
    .map(({ element, index }) => {
      const field = (key: string): string | null => {
        const value = typed(element) || (typeof element === "object" && element !== null) ? (element as Record<string, unknown>)[key] : undefined;
        return typeof value === "string" ? value : null;
      };
      return { index, element, event_id: field("event_id"), event_type: field("event_type"), violations: envelopeValidator.violations(element) };
    })
    .sort((a, b) => (canonicalJson(a.element) < canonicalJson(b.element) ? -1 : canonicalJson(a.element) > canonicalJson(b.element) ? 1 : 0));
  return { ...referenceDedup(referenceSort(valid)), invalid };
}
