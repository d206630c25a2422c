import { isLaneInput, type Lane, normalizeLaneInput } from "@sk/status-contracts";
import type { StatusAnomaly } from "../state/reduced-state.js";

/** `wp_id` of an anomaly: the payload's when it is a non-empty string, else `<unknown>`. */
export const UNKNOWN_WP_ID = "<unknown>";

function isPayloadObject(payload: unknown): payload is Readonly<Record<string, unknown>> {
  return typeof payload === "object" && payload !== null && !Array.isArray(payload);
}

function laneOrNull(value: unknown): Lane | null {
  return isLaneInput(value) ? normalizeLaneInput(value) : null;
}

/**
 * An anomaly about an event whose payload may be anything: `wp_id` when it
 * is a non-empty string (else `<unknown>`), lanes when they are lanes (the
 * alias read as `in_progress`), else `null`.
 */
export function anomalyOf(eventId: string | null, payload: unknown, reason: string): StatusAnomaly {
  const fields = isPayloadObject(payload) ? payload : {};
  const wpId = fields["wp_id"];
  return Object.freeze({
    event_id: eventId,
    wp_id: typeof wpId === "string" && wpId.length > 0 ? wpId : UNKNOWN_WP_ID,
    from_lane: laneOrNull(fields["from_lane"]),
    to_lane: laneOrNull(fields["to_lane"]),
    reason,
  });
}
