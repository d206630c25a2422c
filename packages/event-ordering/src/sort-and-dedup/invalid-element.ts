import { envelopeValidator } from "@sk/event-envelope";
import { describeValue, type Violation } from "@sk/event-envelope/errors";
import { canonicalJson } from "../json/canonical-json.js";

/** An element of a log that is not a valid event envelope, as `sortAndDedup` reports it. */
export interface InvalidElement {
  /** Its position in the array given. */
  readonly index: number;
  /** The element, as given. */
  readonly element: unknown;
  /** Its `event_id` when that is a string, else `null`. */
  readonly event_id: string | null;
  /** Its `event_type` when that is a string, else `null`. */
  readonly event_type: string | null;
  /** Every envelope rule it breaks (JSON pointers into the element). */
  readonly violations: readonly Violation[];
}

function stringField(element: unknown, key: "event_id" | "event_type"): string | null {
  if (typeof element !== "object" || element === null) return null;
  const value = (element as Readonly<Record<string, unknown>>)[key];
  return typeof value === "string" ? value : null;
}

/** The report of element `index`, which the envelope validator rejected. */
export function invalidElement(element: unknown, index: number): InvalidElement {
  return Object.freeze({
    index,
    element,
    event_id: stringField(element, "event_id"),
    event_type: stringField(element, "event_type"),
    violations: Object.freeze(envelopeValidator.violations(element)),
  });
}

/** Canonical JSON, or for a value that has none (a cycle, a bigint) its description after every JSON text. */
function sortKey(element: unknown): string {
  try {
    return canonicalJson(element);
  } catch {
    return `~${describeValue(element)}`;
  }
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function summary(element: InvalidElement): string {
  return `${element.event_id}\u0000${element.event_type}\u0000${element.violations.map((violation) => violation.message).join("\u0000")}`;
}

/**
 * The invalid elements ordered by their canonical JSON (ties, which only
 * values without a JSON form can have, by what is reported about them), so
 * that the order never depends on the input order.
 */
export function orderInvalidElements(elements: readonly InvalidElement[]): readonly InvalidElement[] {
  const keyed = elements.map((element) => ({ element, key: sortKey(element.element) }));
  keyed.sort((a, b) => compareText(a.key, b.key) || compareText(summary(a.element), summary(b.element)));
  return Object.freeze(keyed.map(({ element }) => element));
}
