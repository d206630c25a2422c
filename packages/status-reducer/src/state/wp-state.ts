import { canonicalEventId } from "@sk/event-ordering";
import type { Transition } from "../reduce/transition.js";
import { evidenceEntry } from "./evidence-entry.js";
import type { WpState } from "./reduced-state.js";

/** The state a work package's winning transition leaves it in, frozen. */
export function wpStateOf(transition: Transition): WpState {
  const evidence = transition.payload.evidence;
  return Object.freeze({
    wp_id: transition.payload.wp_id,
    current_lane: transition.to,
    last_event_id: canonicalEventId(transition.event.event_id),
    last_transition_at: transition.event.timestamp,
    evidence: transition.to === "done" && evidence !== undefined && evidence !== null ? evidenceEntry(evidence) : null,
  });
}
