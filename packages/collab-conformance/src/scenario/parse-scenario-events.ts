import { type EventEnvelope, safeParseEvent } from "@sk/event-envelope";
import { describeViolations } from "../validate/violation-match.js";

/** The scenario's events as parsed envelopes, or the first one that is not an envelope. */
export function parseScenarioEvents(events: readonly unknown[]): { readonly ok: true; readonly events: EventEnvelope[] } | { readonly ok: false; readonly reason: string } {
  const parsed: EventEnvelope[] = [];
  for (const [index, event] of events.entries()) {
    const result = safeParseEvent(event);
    if (!result.ok) return { ok: false, reason: `events[${index}] is not a valid envelope: ${describeViolations(result.violations)}` };
    parsed.push(result.value);
  }
  return { ok: true, events: parsed };
}
