import type { EventEnvelope } from "@sk/event-envelope";
import { canonicalEventId } from "@sk/event-ordering";
import {
  isTerminalMissionStatus,
  LIFECYCLE_PAYLOAD_VALIDATORS,
  type LifecycleEventType,
  type LifecyclePayloadMap,
  MISSION_STARTED,
  MISSION_STATUS_ACTIVE,
  MISSION_STATUS_CANCELLED,
  MISSION_STATUS_COMPLETED,
  type MissionStatus,
} from "@sk/lifecycle-contracts";
import type { LifecycleAnomaly } from "../state/lifecycle-state.js";

/** The mission part of the state while folding. */
export interface MissionState {
  mission_id: string | null;
  mission_status: MissionStatus | null;
  mission_type: string | null;
  current_phase: string | null;
  readonly phases_entered: string[];
  readonly anomalies: LifecycleAnomaly[];
}

/** The state before any mission event. */
export function unstartedMission(): MissionState {
  return { mission_id: null, mission_status: null, mission_type: null, current_phase: null, phases_entered: [], anomalies: [] };
}

/** The anomaly texts of the contract, exactly. */
export const REASONS = Object.freeze({
  afterTerminal: (status: string) => `Event after terminal state (${status})`,
  duplicateStart: "Duplicate MissionStarted (first one wins)",
  invalidStart: "Invalid MissionStarted payload",
  beforeStart: "Event before MissionStarted",
  invalidPayload: (eventType: string) => `Invalid ${eventType} payload`,
});

function enterPhase(state: MissionState, phase: string): void {
  state.phases_entered.push(phase);
  state.current_phase = phase;
}

/** Rule 6: a valid payload of an event after the start changes the state. */
function apply(state: MissionState, event: EventEnvelope): void {
  const payload = event.payload as LifecyclePayloadMap[Exclude<LifecycleEventType, typeof MISSION_STARTED>];
  switch (event.event_type) {
    case "PhaseEntered":
      enterPhase(state, (payload as LifecyclePayloadMap["PhaseEntered"]).phase_name);
      break;
    case "ReviewRollback":
      enterPhase(state, (payload as LifecyclePayloadMap["ReviewRollback"]).target_phase);
      break;
    case "MissionCompleted":
      state.mission_status = MISSION_STATUS_COMPLETED;
      break;
    default:
      state.mission_status = MISSION_STATUS_CANCELLED;
  }
}

/**
 * The reason the event is not applied, by the first matching rule of
 * step 4 (1 terminal, 2 duplicate start, 3 invalid start, 4 before the
 * start, 5 invalid payload), or `undefined` when it applies.
 */
function rejection(state: MissionState, event: EventEnvelope, valid: boolean): string | undefined {
  if (isTerminalMissionStatus(state.mission_status)) return REASONS.afterTerminal(state.mission_status);
  if (event.event_type === MISSION_STARTED) {
    if (state.mission_status !== null) return REASONS.duplicateStart;
    return valid ? undefined : REASONS.invalidStart;
  }
  if (state.mission_status === null) return REASONS.beforeStart;
  return valid ? undefined : REASONS.invalidPayload(event.event_type);
}

/** Folds one mission event (step 4): an anomaly, or the start, or rule 6. */
export function foldMissionEvent(state: MissionState, event: EventEnvelope): void {
  const valid = LIFECYCLE_PAYLOAD_VALIDATORS[event.event_type as LifecycleEventType].check(event.payload);
  const reason = rejection(state, event, valid);
  if (reason !== undefined) {
    state.anomalies.push(Object.freeze({ event_id: canonicalEventId(event.event_id), event_type: event.event_type, reason }));
    return;
  }
  if (event.event_type !== MISSION_STARTED) {
    apply(state, event);
    return;
  }
  const payload = event.payload as LifecyclePayloadMap["MissionStarted"];
  state.mission_id = payload.mission_id;
  state.mission_type = payload.mission_type;
  state.mission_status = MISSION_STATUS_ACTIVE;
  enterPhase(state, payload.initial_phase);
}
