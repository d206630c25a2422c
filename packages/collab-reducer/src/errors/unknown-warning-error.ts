import { CollaborationError } from "@sk/collab-contracts";
import type { EventRef } from "./event-ref.js";
import { pyRepr } from "./py-repr.js";
import { eventSuffix, reasons } from "./reasons.js";

/** Strict mode: a `WarningAcknowledged` refers to a `warning_id` no earlier warning carried. */
export class UnknownWarningError extends CollaborationError<"UNKNOWN_WARNING"> {
  /** The warning that was not found. */
  readonly warning_id: string;
  /** The participant that acknowledged it. */
  readonly participant_id: string;

  constructor(warningId: string, participantId: string, event: EventRef) {
    super(
      "UNKNOWN_WARNING",
      `${reasons.unknownWarning(warningId)}; acknowledged by participant ${pyRepr(participantId)}${eventSuffix(event.eventId, event.eventType)}`,
      { eventId: event.eventId, eventType: event.eventType },
    );
    this.warning_id = warningId;
    this.participant_id = participantId;
  }
}
