import { canonicalEventId } from "@sk/event-ordering";
import { type Lane, normalizeLaneInput, type StatusTransitionPayload, statusTransitionPayloadValidator } from "@sk/status-contracts";
import { anomalyOf } from "../anomalies/anomaly.js";
import { reasons } from "../anomalies/reasons.js";
import type { StatusAnomaly } from "../state/reduced-state.js";
import { type PayloadVerdicts, payloadOf } from "./payload-verdicts.js";
import type { StatusEnvelope } from "./status-envelope.js";

/** A processed event with a valid payload, its lanes normalised (`doing` read as `in_progress`). */
export interface Transition {
  readonly event: StatusEnvelope;
  readonly payload: StatusTransitionPayload;
  readonly from: Lane | null;
  readonly to: Lane;
}

/**
 * Step 2 for one event: its `Transition`, or undefined after recording an
 * anomaly for an invalid payload (found by `payloads`, which checked it).
 */
export function parseTransition(event: StatusEnvelope, payloads: PayloadVerdicts, payloadAnomalies: StatusAnomaly[]): Transition | undefined {
  const payload = payloadOf(event);
  if (payloads.isValid(event)) {
    const valid = payload as StatusTransitionPayload;
    return { event, payload: valid, from: normalizeLaneInput(valid.from_lane), to: normalizeLaneInput(valid.to_lane)! };
  }
  payloadAnomalies.push(anomalyOf(canonicalEventId(event.event_id), payload, reasons.invalidPayload(statusTransitionPayloadValidator.violations(payload))));
  return undefined;
}
