import { sortAndDedup } from "@sk/event-ordering";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";
import { reindexOrderingError } from "./collect-events.js";

/** Collaboration events in processed order, with the conflicting duplicates found. */
export interface OrderedEvents {
  /** Sorted and deduplicated (spec sections 2 and 3). */
  readonly events: readonly CollaborationEnvelope[];
  /** Kept event → how many distinct versions its id had; only ids with conflicts. */
  readonly versions: ReadonlyMap<CollaborationEnvelope, number>;
}

/**
 * Sorts and deduplicates through `@sk/event-ordering` (the one ordering
 * every reducer shares). `source` is the caller's array, to name an
 * invalid event by its own index.
 */
export function orderEvents(collected: readonly CollaborationEnvelope[], source: readonly unknown[]): OrderedEvents {
  let ordered: ReturnType<typeof sortAndDedup<CollaborationEnvelope>>;
  try {
    ordered = sortAndDedup(collected);
  } catch (error) {
    throw reindexOrderingError(error, source);
  }
  const versions = new Map<CollaborationEnvelope, number>();
  for (const conflict of ordered.conflicts) versions.set(conflict.kept, conflict.discarded.length + 1);
  return { events: ordered.events, versions };
}
