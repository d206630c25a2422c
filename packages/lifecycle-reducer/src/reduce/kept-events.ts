import { type EventEnvelope, envelopeValidator } from "@sk/event-envelope";
import { canonicalJson, sortAndDedup } from "@sk/event-ordering";
import type { LifecycleAnomaly } from "../state/lifecycle-state.js";
import { isOwnElement, type RawElement } from "./own-events.js";

/** The reducer's events after step 1: valid envelopes sorted and deduplicated, and the invalid ones reported. */
export interface KeptEvents {
  /** Mission and `WPStatusChanged` envelopes in the shared order, one per `event_id`. */
  readonly events: readonly EventEnvelope[];
  /** One `invalid envelope: ...` anomaly per element that is not a valid envelope, ordered by the element's canonical JSON. */
  readonly invalid: readonly LifecycleAnomaly[];
}

function rawString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function invalidEnvelope(element: unknown): LifecycleAnomaly {
  const raw = (typeof element === "object" && element !== null ? element : {}) as RawElement;
  const violations = envelopeValidator.violations(element).map((violation) => violation.message);
  return Object.freeze({ event_id: rawString(raw.event_id), event_type: rawString(raw.event_type), reason: `invalid envelope: ${violations.join("; ")}` });
}

/**
 * Step 1 of the contract: keep the five mission types and `WPStatusChanged`,
 * report each element that is not a valid envelope (not counted), then sort
 * and deduplicate the valid ones with `@sk/event-ordering`.
 */
export function keptEvents(log: readonly unknown[]): KeptEvents {
  const valid: EventEnvelope[] = [];
  const invalid: { readonly key: string; readonly anomaly: LifecycleAnomaly }[] = [];
  for (const element of log) {
    if (!isOwnElement(element)) continue;
    if (envelopeValidator.check(element)) valid.push(element as EventEnvelope);
    else invalid.push({ key: canonicalJson(element), anomaly: invalidEnvelope(element) });
  }
  // By the element's canonical JSON, as the status reducer orders them: input order never shows.
  invalid.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { events: sortAndDedup(valid).events, invalid: invalid.map(({ anomaly }) => anomaly) };
}
