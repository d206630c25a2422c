import { isLifecycleEventType } from "@sk/lifecycle-contracts";

/** `event_type` of the work-package status events the lifecycle reducer delegates. */
export const WP_STATUS_CHANGED = "WPStatusChanged";

/** What the reducer reads of an element before knowing it is a valid envelope. */
export interface RawElement {
  readonly event_type?: unknown;
  readonly aggregate_id?: unknown;
}

/** True for the types the lifecycle reducer keeps: the five mission types and `WPStatusChanged`. */
export function isOwnEventType(eventType: unknown): boolean {
  return eventType === WP_STATUS_CHANGED || isLifecycleEventType(eventType);
}

/**
 * True for an element the lifecycle reducer keeps: one of its types, or
 * anything without a string `event_type` (which then fails the envelope
 * check and is reported, never dropped).
 */
export function isOwnElement(element: unknown): boolean {
  if (typeof element !== "object" || element === null) return true;
  const eventType = (element as RawElement).event_type;
  return typeof eventType !== "string" || isOwnEventType(eventType);
}
