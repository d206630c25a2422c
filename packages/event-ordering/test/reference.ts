import { envelopeValidator } from "@sk/event-envelope";
import { canonicalJson, compareEvents, type DedupResult, type DuplicateConflict, type InvalidElement, type Orderable, type SortAndDedupOptions } from "../src/index.ts";

/** The obvious, slow implementations `sortAndDedup` must agree with. */

export function referenceSort<T extends Orderable>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}

/**
 * `events` sorted with compareEvents (stably), then per upper-case id the
 * first one kept; `indices` says where each kept event is in `events`
 * (or, when given, `positions[i]` for `events[i]`).
 */
export function referenceDedup<T extends Orderable>(events: readonly T[], positions: readonly number[] = events.map((_, index) => index)): DedupResult<T> {
  const order = events.map((_, index) => index).sort((a, b) => compareEvents(events[a]!, events[b]!) || a - b);
  const byId = new Map<string, number[]>();
  for (const index of order) {
    const id = events[index]!.event_id.toUpperCase();
    byId.set(id, [...(byId.get(id) ?? []), index]);
  }
  const keptIndices = order.filter((index) => byId.get(events[index]!.event_id.toUpperCase())![0] === index);
  const conflicts: DuplicateConflict<T>[] = [];
  for (const index of keptIndices) {
    const event = events[index]!;
    const id = event.event_id.toUpperCase();
    const others = byId
      .get(id)!
      .filter((other) => events[other] !== event)
      .map((other) => events[other]!);
    const seen = new Set([canonicalJson(event)]);
    const discarded = others.filter((other) => {
      const json = canonicalJson(other);
      if (seen.has(json)) return false;
      seen.add(json);
      return true;
    });
    if (discarded.length > 0) conflicts.push({ event_id: id, kept: event, discarded });
  }
  return { events: keptIndices.map((index) => events[index]!), conflicts, indices: Uint32Array.from(keptIndices, (index) => positions[index]!) };
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
  const valid = included.filter(({ element }) => envelopeValidator.check(element));
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
  return {
    ...referenceDedup(
      valid.map(({ element }) => element),
      valid.map(({ index }) => index),
    ),
    invalid,
  };
}
