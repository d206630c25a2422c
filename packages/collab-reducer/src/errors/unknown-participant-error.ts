import { CollaborationError } from "@sk/collab-contracts";
import type { EventRef } from "./event-ref.js";
import { pyRepr } from "./py-repr.js";

/**
 * Strict mode: a single-actor event, or a warning, names a participant that
 * was never active in this reduction (never joined nor seeded by the roster;
 * an invitation alone does not count).
 */
export class UnknownParticipantError extends CollaborationError<"UNKNOWN_PARTICIPANT"> {
  /** The participant that is not in the roster. */
  readonly participant_id: string;

  constructor(participantId: string, event: EventRef) {
    super(
      "UNKNOWN_PARTICIPANT",
      `Unknown participant ${pyRepr(participantId)} in event ${event.eventId} (type=${event.eventType}). Not in mission roster.`,
      { eventId: event.eventId, eventType: event.eventType },
    );
    this.participant_id = participantId;
  }
}
