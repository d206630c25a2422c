import {
  COLLABORATION_EVENT_TYPES,
  type CollaborationEventType,
  type CollaborationPayloadMap,
  PAYLOAD_VALIDATORS,
  PayloadValidationError,
} from "@sk/collab-contracts";
import type { Validator } from "@sk/event-envelope";
import { MissionMismatchError } from "../errors/mission-mismatch-error.js";
import { reasons } from "../errors/reasons.js";
import { HANDLERS } from "../handlers/handler-table.js";
import type { CollaborationEnvelope } from "./collaboration-envelope.js";
import type { Handler } from "./handler.js";
import { recordAnomaly, reject } from "./rules.js";
import type { WorkingState } from "./working-state.js";

/** What the fold needs per event type, found with one lookup. */
export interface Step {
  readonly validator: Validator<CollaborationPayloadMap[CollaborationEventType]>;
  readonly handler: Handler<CollaborationEventType>;
}

// The handler table is indexed by the event's own type, so each handler gets the payload its validator checked.
const STEPS: ReadonlyMap<string, Step> = new Map(
  [...COLLABORATION_EVENT_TYPES].map((eventType) => [
    eventType,
    { validator: PAYLOAD_VALIDATORS[eventType], handler: HANDLERS[eventType] as Handler<CollaborationEventType> },
  ]),
);

/**
 * True for the 14 collaboration event types (the same set as the contracts
 * package's `isCollaborationEventType`, as one plain `Map` lookup: it runs on
 * every event).
 */
export function isFoldedType(eventType: unknown): boolean {
  return STEPS.has(eventType as string);
}

/**
 * The fold step of a collaboration event type, or undefined for any other
 * value: lets a caller that must test the type anyway (the live reducer)
 * pass the step on to `foldEvent` instead of looking it up twice (comparing
 * a parsed, non-internalised type string costs as much as the fold step).
 */
export function stepOf(eventType: unknown): Step | undefined {
  return STEPS.get(eventType as string);
}

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
 * conflicted); `step` is `stepOf(event.event_type)` when the caller has it.
 */
export function foldEvent(state: WorkingState, event: CollaborationEnvelope, versions: number, step: Step = STEPS.get(event.event_type)!): void {
  if (versions > 1) recordAnomaly(state, event, reasons.conflictingDuplicate(event.event_id, versions));
  const eventType = event.event_type;
  const { validator, handler } = step;
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
    handler(state, event, payload);
    state.missionId ??= payload.mission_id;
  }
  state.eventCount += 1;
  state.lastEventId = event.event_id;
}
