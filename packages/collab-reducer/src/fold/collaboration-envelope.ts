import type { CollaborationEventType, CollaborationPayloadMap } from "@sk/collab-contracts";
import type { EventEnvelope } from "@sk/event-envelope";

/**
 * A collaboration event as the fold sees it. Its payload is `unknown` until
 * the schema check narrows it (the reducer accepts any input).
 */
export type CollaborationEnvelope = EventEnvelope<CollaborationEventType, object>;

/** A collaboration event whose payload passed its schema. */
export type ValidEvent<K extends CollaborationEventType> = EventEnvelope<K, CollaborationPayloadMap[K]>;
