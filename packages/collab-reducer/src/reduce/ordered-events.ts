import type { EventEnvelope } from "@sk/event-envelope";
import { sortAndDedup } from "@sk/event-ordering";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";
import { includeCollaborationEvent } from "./collaboration-events.js";

/** Collaboration events in processed order, with the conflicting duplicates found. */
export interface OrderedEvents {
  /** Sorted and deduplicated (docs/spec/envelope-and-ordering.md, sections 2 and 3). */
  readonly events: readonly CollaborationEnvelope[];
  /** Kept event → how many distinct versions its id had; only ids with conflicts. */
  readonly versions: ReadonlyMap<CollaborationEnvelope, number>;
}

/**
 * The collaboration events of `events`, sorted and deduplicated through
 * `@sk/event-ordering` (the one ordering every reducer shares).
 */
export function orderEvents(events: readonly EventEnvelope[]): OrderedEvents {
  const ordered = sortAndDedup(events as readonly CollaborationEnvelope[], { include: includeCollaborationEvent });
  const versions = new Map<CollaborationEnvelope, number>();
  for (const conflict of ordered.conflicts) versions.set(conflict.kept, conflict.discarded.length + 1);
  return { events: ordered.events, versions };
}
