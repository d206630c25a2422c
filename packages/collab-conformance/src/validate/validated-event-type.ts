import { type CollaborationEventType, isCollaborationEventType } from "@sk/collab-contracts";
import { ArgumentError } from "@sk/event-envelope/errors";

/** What `validateEvent` can check a value as: the envelope, or one of the 14 payloads. */
export type ValidatedEventType = "Event" | CollaborationEventType;

/** Narrows `eventType` or throws `ArgumentError` naming the field. */
export function assertValidatedEventType(eventType: unknown): asserts eventType is ValidatedEventType {
  if (eventType === "Event" || isCollaborationEventType(eventType)) return;
  throw new ArgumentError("eventType", "enum", eventType, 'expected "Event" or one of the 14 collaboration event types');
}
