import { isTimestamp } from "@sk/event-envelope";
import { compareEvents, orderingKey } from "@sk/event-ordering";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";

/**
 * True when `event` sorts after `last` (the last processed event) under
 * `compareEvents`, after validating `event`'s ordering fields (throws
 * `OrderingInputError` when one is invalid, like `compareEvents`).
 *
 * The live reducer asks this once per event, so the common case skips
 * `compareEvents` (which re-validates `last` and both ids every call):
 * `lamport_clock` is the primary key, so a valid event whose clock is
 * strictly larger sorts after `last` whatever its other fields hold. Its
 * fields are still validated: the clock here, the timestamp with the
 * envelope's grammar (`isTimestamp`, which the ordering package accepts
 * identically), and a non-empty `event_id`. Everything else (equal clocks,
 * anything invalid) goes through `compareEvents`.
 */
export function sortsAfter(last: CollaborationEnvelope | undefined, event: CollaborationEnvelope): boolean {
  if (last === undefined) {
    orderingKey(event);
    return true;
  }
  const lamport: unknown = event.lamport_clock;
  const eventId: unknown = event.event_id;
  if (
    typeof lamport === "number" &&
    lamport > last.lamport_clock &&
    Number.isSafeInteger(lamport) &&
    typeof eventId === "string" &&
    eventId.length > 0 &&
    isTimestamp(event.timestamp)
  ) {
    return true;
  }
  return compareEvents(last, event) < 0;
}
