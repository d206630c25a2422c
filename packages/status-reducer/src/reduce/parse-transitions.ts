import { canonicalEventId } from "@sk/event-ordering";
import { type Lane, normalizeLaneInput, type StatusTransitionPayload, statusTransitionPayloadValidator } from "@sk/status-contracts";
import { anomalyOf } from "../anomalies/anomaly.js";
import { reasons } from "../anomalies/reasons.js";
import type { StatusAnomaly } from "../state/reduced-state.js";
import type { StatusEnvelope } from "./status-envelope.js";

/** A processed event with a valid payload, its lanes normalised (`doing` read as `in_progress`). */
export interface Transition {
  readonly event: StatusEnvelope;
  readonly payload: StatusTransitionPayload;
  readonly from: Lane | null;
  readonly to: Lane;
}

/** Step 2: every payload parsed before any transition is looked at. */
export interface ParsedTransitions {
  readonly transitions: readonly Transition[];
  /** One per invalid payload, in processed order. */
  readonly anomalies: readonly StatusAnomaly[];
}

/** Parses each processed event's payload: a valid one becomes a `Transition`, an invalid one an anomaly. */
export function parseTransitions(events: readonly StatusEnvelope[]): ParsedTransitions {
  const transitions: Transition[] = [];
  const anomalies: StatusAnomaly[] = [];
  for (const event of events) {
    // An absent envelope payload means `{}` (the envelope's default).
    const payload: unknown = event.payload === undefined ? {} : event.payload;
    if (statusTransitionPayloadValidator.check(payload)) {
      transitions.push({ event, payload, from: normalizeLaneInput(payload.from_lane), to: normalizeLaneInput(payload.to_lane)! });
    } else {
      anomalies.push(anomalyOf(canonicalEventId(event.event_id), payload, reasons.invalidPayload(statusTransitionPayloadValidator.violations(payload))));
    }
  }
  return { transitions, anomalies };
}
