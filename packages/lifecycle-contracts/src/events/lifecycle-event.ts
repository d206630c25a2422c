import type { EventEnvelope } from "@sk/event-envelope";
import type { LifecycleEventType } from "../event-types/event-types.js";
import type { LifecyclePayloadMap } from "../registry/payload-map.js";

/** A parsed envelope of one lifecycle event type, with its typed payload. */
export type LifecycleEventOf<K extends LifecycleEventType> = EventEnvelope<K, LifecyclePayloadMap[K]>;

/**
 * Any mission lifecycle event, as a discriminated union on `event_type`:
 * `switch (event.event_type)` narrows `event.payload`.
 */
export type LifecycleEvent = { [K in LifecycleEventType]: LifecycleEventOf<K> }[LifecycleEventType];
