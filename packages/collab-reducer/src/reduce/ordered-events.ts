import type { EventEnvelope } from "@sk/event-envelope";
import { type InvalidElement, sortAndDedup } from "@sk/event-ordering";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";
import { includeCollaborationEvent } from "./collaboration-events.js";

/** Collaboration events in processed order, with the conflicting duplicates and the invalid elements found. */
export interface OrderedEvents {
  /** Sorted and deduplicated (spec sections 2 and 3). */
  readonly events: readonly CollaborationEnvelope[];
  /** Kept event → how many distinct versions its id had; only ids with conflicts. */
  readonly versions: ReadonlyMap<CollaborationEnvelope, number>;
  /** Elements that are collaboration events (or have no string `event_type`) but not valid envelopes, by canonical JSON. */
  readonly invalid: readonly InvalidElement[];
}

/**
 * The collaboration events of `events`, each checked as a complete
 * envelope, then sorted and deduplicated through `@sk/event-ordering` (the
 * one ordering every reducer shares). Strict mode throws one
 * `InvalidEnvelopeError` listing every invalid element; permissive mode
 * returns them.
 */
export function orderEvents(events: readonly EventEnvelope[], strict: boolean): OrderedEvents {
  const ordered = sortAndDedup(events as readonly CollaborationEnvelope[], { include: includeCollaborationEvent, invalid: strict ? "throw" : "report" });
  const versions = new Map<CollaborationEnvelope, number>();
  for (const conflict of ordered.conflicts) versions.set(conflict.kept, conflict.discarded.length + 1);
  return { events: ordered.events, versions, invalid: ordered.invalid };
}
