import type { EventEnvelope } from "@sk/event-envelope";
import { type StatusTransitionPayload, statusTransitionPayloadValidator } from "../payloads/status-transition-payload.js";

/** `event_type` of a work-package status transition. */
export const WP_STATUS_CHANGED = "WPStatusChanged" as const;

/** A parsed `WPStatusChanged` envelope with its typed payload. */
export type WPStatusChangedEvent = EventEnvelope<typeof WP_STATUS_CHANGED, StatusTransitionPayload>;

/**
 * Every event of the status domain, as a union discriminated by
 * `event_type` (one member today; a switch on `event_type` narrows it).
 */
export type StatusEvent = WPStatusChangedEvent;

/**
 * True when `event` is a `WPStatusChanged` envelope whose payload is valid
 * (schema and payload rules): narrows any envelope to `WPStatusChangedEvent`.
 */
export function isWPStatusChangedEvent(event: EventEnvelope): event is WPStatusChangedEvent {
  return event.event_type === WP_STATUS_CHANGED && statusTransitionPayloadValidator.check(event.payload);
}
