import { isLifecycleEventType } from "@sk/lifecycle-contracts";

/** `event_type` of the work-package status events the lifecycle reducer delegates. */
export const WP_STATUS_CHANGED = "WPStatusChanged";

/** What the reducer reads of an element before knowing it is a valid envelope. */
export interface RawElement {
  readonly event_type?: unknown;
  readonly event_id?: unknown;
  readonly aggregate_id?: unknown;
}

/**
 * True for an element the lifecycle reducer keeps: one of the five mission
 * types, `WPStatusChanged`, or anything without a string `event_type`
 * (which then fails the envelope check and is reported, never dropped).
 */
export function isOwnElement(element: unknown): boolean {
  if (typeof element !== "object" || element === null) return true;
  const eventType = (element as RawElement).event_type;
  return typeof eventType !== "string" || eventType === WP_STATUS_CHANGED || isLifecycleEventType(eventType);
}
