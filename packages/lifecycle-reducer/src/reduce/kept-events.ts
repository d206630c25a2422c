import type { EventEnvelope } from "@sk/event-envelope";
import { type InvalidElement, sortAndDedup } from "@sk/event-ordering";
import type { LifecycleAnomaly } from "../state/lifecycle-state.js";
import { isOwnEventType } from "./own-events.js";

/** The reducer's events after step 1: valid envelopes sorted and deduplicated, and the invalid ones reported. */
export interface KeptEvents {
  /** Mission and `WPStatusChanged` envelopes in the shared order, one per `event_id`. */
  readonly events: readonly EventEnvelope[];
  /** One `invalid envelope: ...` anomaly per element that is not a valid envelope, ordered by the element's canonical JSON. */
  readonly invalid: readonly LifecycleAnomaly[];
}

function invalidEnvelope({ event_id, event_type, violations }: InvalidElement): LifecycleAnomaly {
  return Object.freeze({ event_id, event_type, reason: `invalid envelope: ${violations.map((violation) => violation.message).join("; ")}` });
}

/**
 * Step 1 of the contract, through the ordering step every reducer shares:
 * keep the five mission types and `WPStatusChanged` (an element without a
 * string `event_type` counts as kept), report each element that is not a
 * valid envelope (not counted), sort and deduplicate the valid ones.
 */
export function keptEvents(log: readonly unknown[]): KeptEvents {
  const ordered = sortAndDedup(log as readonly EventEnvelope[], { include: (event) => isOwnEventType(event.event_type), invalid: "report" });
  return { events: ordered.events, invalid: ordered.invalid.map(invalidEnvelope) };
}
