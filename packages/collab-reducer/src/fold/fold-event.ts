import { type CollaborationEventType, type CollaborationPayloadMap, PAYLOAD_VALIDATORS, PayloadValidationError } from "@sk/collab-contracts";
import { MissionMismatchError } from "../errors/mission-mismatch-error.js";
import { reasons } from "../errors/reasons.js";
import { HANDLERS } from "../handlers/handler-table.js";
import type { CollaborationEnvelope } from "./collaboration-envelope.js";
import type { Handler } from "./handler.js";
import { recordAnomaly, reject } from "./rules.js";
import type { WorkingState } from "./working-state.js";

/**
 * One step of the fold (the Decider's `evolve`), in the order the lead's
 * decisions fix:
 * 0. a kept event that had conflicting duplicates → anomaly (both modes);
 * 1. payload schema → `PayloadValidationError` / anomaly, skip;
 * 2. mission → `MissionMismatchError` / anomaly, skip; the first valid event
 *    fixes the mission when no `missionId` option did;
 * 3. the event type's handler.
 * Every event counts in `event_count`, skipped ones too. Apart from the
 * conflict anomaly (which a live reducer only ever adds on a refold of a
 * copy), a strict-mode throw leaves `state` untouched.
 *
 * `versions` is how many distinct versions the event's id had (1 when none
 * conflicted).
 */
export function foldEvent(state: WorkingState, event: CollaborationEnvelope, versions: number): void {
  if (versions > 1) recordAnomaly(state, event, reasons.conflictingDuplicate(event.event_id, versions));
  const eventType = event.event_type;
  const validator = PAYLOAD_VALIDATORS[eventType];
  const payload: unknown = event.payload;
  if (!validator.check(payload)) {
    const violations = validator.violations(payload);
    reject(state, event, reasons.invalidPayload(eventType, violations), () =>
      new PayloadValidationError(eventType, violations, { eventId: event.event_id, payload }),
    );
  } else if (state.missionId !== undefined && payload.mission_id !== state.missionId) {
    const expected = state.missionId;
    const actual = payload.mission_id;
    reject(state, event, reasons.missionMismatch(expected, actual), () =>
      new MissionMismatchError(expected, actual, { eventId: event.event_id, eventType }),
    );
  } else {
    // The handler table is indexed by the event's own type, so the payload matches it.
    (HANDLERS[eventType] as Handler<CollaborationEventType>)(state, event, payload as CollaborationPayloadMap[CollaborationEventType]);
    state.missionId ??= payload.mission_id;
  }
  state.eventCount += 1;
  state.lastEventId = event.event_id;
}
