import { CollaborationError } from "@sk/collab-contracts";
import type { EventRef } from "./event-ref.js";
import { eventSuffix, reasons } from "./reasons.js";

/** Strict mode: a single-actor event, or a warning, names a participant that has left. */
export class DepartedParticipantError extends CollaborationError<"DEPARTED_PARTICIPANT"> {
  /** The participant that has left the mission. */
  readonly participant_id: string;

  constructor(participantId: string, event: EventRef) {
    super("DEPARTED_PARTICIPANT", reasons.departedParticipant(participantId) + eventSuffix(event.eventId, event.eventType), {
      eventId: event.eventId,
      eventType: event.eventType,
    });
    this.participant_id = participantId;
  }
}
