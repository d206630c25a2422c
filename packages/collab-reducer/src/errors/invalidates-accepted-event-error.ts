import { CollaborationError } from "@sk/collab-contracts";
import type { EventRef } from "./event-ref.js";

/**
 * Strict live reducer: an event arrived late (it sorts before events already
 * accepted) and, folded in its place, would make one of those accepted
 * events break a rule. The reducer keeps what it accepted and rejects the
 * late event; `cause` is the error the accepted event would then throw.
 */
export class InvalidatesAcceptedEventError extends CollaborationError<"INVALIDATES_ACCEPTED_EVENT"> {
  /** `event_id` of the accepted event the late one would invalidate. */
  readonly accepted_event_id: string;
  /** `event_type` of that accepted event. */
  readonly accepted_event_type: string;

  constructor(event: EventRef, accepted: EventRef, cause: unknown) {
    super(
      "INVALIDATES_ACCEPTED_EVENT",
      `Late event ${event.eventId} (type=${event.eventType}) would invalidate the accepted event ${accepted.eventId} (type=${accepted.eventType}): ${(cause as Error).message}`,
      { eventId: event.eventId, eventType: event.eventType, cause },
    );
    this.accepted_event_id = accepted.eventId;
    this.accepted_event_type = accepted.eventType;
  }
}
