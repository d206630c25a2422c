import type { InvalidElement } from "@sk/event-ordering";
import type { CollaborationAnomaly } from "../state/reduced-state.js";

/**
 * The anomaly of a log element that is not a valid envelope (permissive
 * mode): skipped, not counted, and listed before every other anomaly.
 */
export function invalidEnvelopeAnomaly(element: InvalidElement): CollaborationAnomaly {
  return Object.freeze({
    event_id: element.event_id,
    event_type: element.event_type,
    reason: `invalid envelope: ${element.violations.map((violation) => violation.message).join("; ")}`,
    code: "INVALID_ENVELOPE",
  });
}
