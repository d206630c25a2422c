import { canonicalEventId } from "@sk/event-ordering";
import type { Lane, StatusTransitionPayload } from "@sk/status-contracts";
import type { StatusEnvelope } from "../reduce/status-envelope.js";
import { evidenceEntry } from "./evidence-entry.js";
import type { WpState } from "./reduced-state.js";

/** The state a work package's winning event (its payload valid, entering lane `to`) leaves it in, frozen. */
export function wpStateOf(event: StatusEnvelope, payload: StatusTransitionPayload, to: Lane): WpState {
  const evidence = payload.evidence;
  return Object.freeze({
    wp_id: payload.wp_id,
    current_lane: to,
    last_event_id: canonicalEventId(event.event_id),
    last_transition_at: event.timestamp,
    evidence: to === "done" && evidence !== undefined && evidence !== null ? evidenceEntry(evidence) : null,
  });
}
