import { type EventEnvelope, envelopeValidator } from "@sk/event-envelope";
import { sortAndDedup } from "@sk/event-ordering";
import type { LifecycleAnomaly } from "../state/lifecycle-state.js";
import { isOwnElement, type RawElement } from "./own-events.js";

/** The reducer's events after step 1: valid envelopes sorted and deduplicated, and the invalid ones reported. */
export interface KeptEvents {
  /** Mission and `WPStatusChanged` envelopes in the shared order, one per `event_id`. */
  readonly events: readonly EventEnvelope[];
  /** One `invalid envelope: ...` anomaly per element that is not a valid envelope, in a permutation-independent order. */
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

/** Code-unit order of the anomalies' own fields: equal keys mean equal anomalies, so input order never shows. */
function compareAnomalies(a: LifecycleAnomaly, b: LifecycleAnomaly): number {
  const left = `${a.event_id ?? ""}\u0000${a.event_type ?? ""}\u0000${a.reason}`;
  const right = `${b.event_id ?? ""}\u0000${b.event_type ?? ""}\u0000${b.reason}`;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Step 1 of the contract: keep the five mission types and `WPStatusChanged`,
 * report each element that is not a valid envelope (not counted), then sort
 * and deduplicate the valid ones with `@sk/event-ordering`.
 */
export function keptEvents(log: readonly unknown[]): KeptEvents {
  const valid: EventEnvelope[] = [];
  const invalid: LifecycleAnomaly[] = [];
  for (const element of log) {
    if (!isOwnElement(element)) continue;
    if (envelopeValidator.check(element)) valid.push(element as EventEnvelope);
    else invalid.push(invalidEnvelope(element));
  }
  return { events: sortAndDedup(valid).events, invalid: invalid.sort(compareAnomalies) };
}
