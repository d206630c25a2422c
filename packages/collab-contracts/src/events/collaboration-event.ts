import type { EventEnvelope } from "@sk/event-envelope";
import type { CollaborationEventType } from "../event-types/event-types.js";
import type { CollaborationPayloadMap } from "../registry/payload-map.js";

/** A parsed envelope of one collaboration event type, with its typed payload. */
export type CollaborationEventOf<K extends CollaborationEventType> = EventEnvelope<K, CollaborationPayloadMap[K]>;

/**
 * Any collaboration event, as a discriminated union on `event_type`:
 * `switch (event.event_type)` narrows `event.payload`.
 */
export type CollaborationEvent = { [K in CollaborationEventType]: CollaborationEventOf<K> }[CollaborationEventType];
