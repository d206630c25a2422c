import { compareEvents } from "@sk/event-ordering";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";

/** First index of `events` (sorted) whose event does not sort before `target`. */
export function lowerBound(events: readonly CollaborationEnvelope[], target: CollaborationEnvelope): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareEvents(events[middle]!, target) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The new processed list, and the first position where it (or a conflict count in it) differs from the old one. */
export interface MergedEvents {
  readonly events: CollaborationEnvelope[];
  readonly firstChange: number;
}

/**
 * Merges sorted `added` events into the sorted `processed` list without the
 * `removed` ones (kept versions that lost to a smaller conflicting version).
 * `recounted` kept events stay but their conflict anomaly changes, so they
 * count as changes too. The unchanged prefix is copied without comparisons.
 */
export function mergeEvents(
  processed: readonly CollaborationEnvelope[],
  added: readonly CollaborationEnvelope[],
  removed: ReadonlySet<CollaborationEnvelope>,
  recounted: readonly CollaborationEnvelope[],
): MergedEvents {
  let firstChange = processed.length;
  for (const event of removed) firstChange = Math.min(firstChange, lowerBound(processed, event));
  for (const event of recounted) firstChange = Math.min(firstChange, lowerBound(processed, event));
  if (added.length > 0) firstChange = Math.min(firstChange, lowerBound(processed, added[0]!));
  const events = processed.slice(0, firstChange);
  let old = firstChange;
  let next = 0;
  while (old < processed.length || next < added.length) {
    const current = processed[old];
    if (current !== undefined && removed.has(current)) {
      old += 1;
      continue;
    }
    const candidate = added[next];
    if (candidate === undefined || (current !== undefined && compareEvents(current, candidate) < 0)) {
      events.push(current!);
      old += 1;
    } else {
      events.push(candidate);
      next += 1;
    }
  }
  return { events, firstChange };
}
