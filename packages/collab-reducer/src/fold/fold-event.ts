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
  readonly eventType: CollaborationEventType;
  readonly validator: Validator<CollaborationPayloadMap[CollaborationEventType]>;
  readonly handler: Handler<CollaborationEventType>;
}

/**
 * The steps grouped by the length of their event type. Event types parsed
 * from JSON are fresh strings, which a `Map` must hash on every lookup (its
 * cost showed as a tenth of the fold): the length picks one or two
 * candidates, and comparing two strings of equal length is a memory compare.
 */
const STEPS_BY_LENGTH: readonly (readonly Step[])[] = (() => {
  const byLength: Step[][] = [];
  for (const eventType of COLLABORATION_EVENT_TYPES) {
    // The handler table is indexed by the event's own type, so each handler gets the payload its validator checked.
    const step = { eventType, validator: PAYLOAD_VALIDATORS[eventType], handler: HANDLERS[eventType] as Handler<CollaborationEventType> };
    while (byLength.length <= eventType.length) byLength.push([]);
    byLength[eventType.length]!.push(step);
  }
  return byLength;
})();

/**
 * The fold step of a collaboration event type, or undefined for any other
 * value (the same set as the contracts package's `isCollaborationEventType`).
 * It runs on every event: the batch reducer filters with it, and the live
 * reducer passes the step on to `foldEvent` instead of looking it up twice.
 */
export function stepOf(eventType: unknown): Step | undefined {
  if (typeof eventType !== "string" || eventType.length >= STEPS_BY_LENGTH.length) return undefined;
  const candidates = STEPS_BY_LENGTH[eventType.length]!;
  for (let at = 0; at < candidates.length; at++) {
    const step = candidates[at]!;
    if (step.eventType === eventType) return step;
  }
  return undefined;
}

/** True for the 14 collaboration event types. */
export function isFoldedType(eventType: unknown): boolean {
  return stepOf(eventType) !== undefined;
}

/**
 * One step of the fold (the Decider's `evolve`), in the order the lead's
 * decisions fix:
 * 0. a kept event that had conflicting duplicates → anomaly (both modes);
 * 1. payload schema → `PayloadValidationError` / anomaly, skip;
 * 2. mission → `MissionMismatchError` / anomaly, skip; the first valid event
 *    fixes the mission when no `missionId` option did;
 * 3. the event type's handler.
 * Every event counts in `event_count`, skipped ones too. A strict-mode
 * throw may leave the conflict anomaly of step 0 behind (the live reducer
 * undoes its journal on any throw; the batch reducer drops the state).
 *
 * `versions` is how many distinct versions the event's id had (1 when none
 * conflicted); `step` is `stepOf(event.event_type)` and `valid` the payload
 * check's answer when the caller has them (the live reducer folds an event
 * again after a late one: its payload, immutable, is checked once).
 * Returns false when the event was skipped by a rule (permissive mode).
 */
export function foldEvent(
  state: WorkingState,
  event: CollaborationEnvelope,
  versions: number,
  step: Step = stepOf(event.event_type)!,
  valid: boolean = step.validator.check(event.payload),
): boolean {
  if (versions > 1) recordAnomaly(state, event, "CONFLICTING_DUPLICATE", reasons.conflictingDuplicate(event.event_id, versions));
  const payload = event.payload as CollaborationPayloadMap[CollaborationEventType];
  let applied = false;
  if (!valid) rejectInvalidPayload(state, event, step, payload);
  else if (state.missionId !== undefined && payload.mission_id !== state.missionId) rejectOtherMission(state, event, state.missionId, payload.mission_id);
  else {
    applied = step.handler(state, event, payload);
    state.missionId ??= payload.mission_id;
  }
  state.eventCount += 1;
  state.lastEventId = event.event_id;
  return applied;
}

/** Step 1's rejection (see `reject`). */
function rejectInvalidPayload(state: WorkingState, event: CollaborationEnvelope, step: Step, payload: unknown): void {
  const eventType = step.eventType;
  const violations = step.validator.violations(payload);
  reject(state, event, "INVALID_PAYLOAD", reasons.invalidPayload(eventType, violations), () =>
    new PayloadValidationError(eventType, violations, { eventId: event.event_id, payload }),
  );
}

/** Step 2's rejection (see `reject`). */
function rejectOtherMission(state: WorkingState, event: CollaborationEnvelope, expected: string, actual: string): void {
  reject(state, event, "MISSION_MISMATCH", reasons.missionMismatch(expected, actual), () =>
    new MissionMismatchError(expected, actual, { eventId: event.event_id, eventType: event.event_type }),
  );
}
