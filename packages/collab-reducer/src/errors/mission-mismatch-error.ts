import { CollaborationError } from "@sk/collab-contracts";
import type { EventRef } from "./event-ref.js";
import { eventSuffix, reasons } from "./reasons.js";

/**
 * Strict mode: a payload's `mission_id` differs from the state's (the
 * `missionId` option, or the first valid event's).
 */
export class MissionMismatchError extends CollaborationError<"MISSION_MISMATCH"> {
  /** The state's mission id. */
  readonly expected_mission_id: string;
  /** The payload's mission id. */
  readonly actual_mission_id: string;

  constructor(expectedMissionId: string, actualMissionId: string, event: EventRef) {
    super("MISSION_MISMATCH", reasons.missionMismatch(expectedMissionId, actualMissionId) + eventSuffix(event.eventId, event.eventType), {
      eventId: event.eventId,
      eventType: event.eventType,
    });
    this.expected_mission_id = expectedMissionId;
    this.actual_mission_id = actualMissionId;
  }
}
