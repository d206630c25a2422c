import { envelopeValidator } from "@sk/event-envelope";
import { ArgumentError, type Violation } from "@sk/event-envelope/errors";
import { canonicalJson } from "@sk/event-ordering";
import { WP_STATUS_CHANGED } from "@sk/status-contracts";
import { PayloadVerdicts } from "./payload-verdicts.js";
import type { StatusEnvelope } from "./status-envelope.js";

/** An element of the log that counts as a status event but is not a valid envelope. */
export interface InvalidElement {
  readonly element: unknown;
  readonly violations: readonly Violation[];
}

/** The status events of a log, split into valid envelopes and the rest. */
export interface OwnElements {
  readonly valid: StatusEnvelope[];
  /** The payload verdict of every event of `valid`. */
  readonly payloads: PayloadVerdicts;
  /** Ordered by the element's canonical JSON, so that input order never matters. */
  readonly invalid: readonly InvalidElement[];
}

/** Throws `ArgumentError` naming `events` unless it is an array. */
export function requireEventArray(events: unknown): asserts events is readonly unknown[] {
  if (!Array.isArray(events)) throw new ArgumentError("events", "type", events, "expected an array of event envelopes");
}

/**
 * Keeps the `WPStatusChanged` elements: an element without a string
 * `event_type` (a non-object too) counts as one, as it cannot be told
 * apart; every kept element is checked against the full envelope schema.
 */
export function ownElements(events: readonly unknown[]): OwnElements {
  const valid: StatusEnvelope[] = [];
  const payloads = new PayloadVerdicts();
  const invalid: { element: unknown; violations: readonly Violation[]; key: string }[] = [];
  for (const element of events) {
    const eventType = typeof element === "object" && element !== null ? (element as { readonly event_type?: unknown }).event_type : undefined;
    if (typeof eventType === "string" && eventType !== WP_STATUS_CHANGED) continue;
    if (envelopeValidator.check(element)) {
      valid.push(element as StatusEnvelope);
      payloads.check(element as StatusEnvelope);
    } else invalid.push({ element, violations: envelopeValidator.violations(element), key: canonicalJson(element) });
  }
  invalid.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { valid, payloads, invalid: invalid.map(({ element, violations }) => ({ element, violations })) };
}
