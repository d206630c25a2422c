import { compareStrings } from "../output/compare-strings.js";

/** Valid and invalid elements of one event type. */
export interface TypeCount {
  /** The domain that owns the type, or `null` for a type no installed package knows. */
  readonly domain: string | null;
  valid: number;
  invalid: number;
}

/** Labels of the elements that have no event type to count them under. */
export const NOT_JSON = "(not JSON)";
export const NO_EVENT_TYPE = "(no event_type)";

/** Counts per event type, in order of first appearance. */
export class TypeCounts {
  readonly #counts = new Map<string, TypeCount>();

  add(label: string, domain: string | null, valid: boolean): void {
    let count = this.#counts.get(label);
    if (count === undefined) {
      count = { domain, valid: 0, invalid: 0 };
      this.#counts.set(label, count);
    }
    if (valid) count.valid++;
    else count.invalid++;
  }

  /** Entries sorted by label (code units), so the output does not depend on the log's order. */
  entries(): [string, TypeCount][] {
    return [...this.#counts.entries()].sort(([a], [b]) => compareStrings(a, b));
  }
}
