import { compareStrings } from "../output/compare-strings.js";

/** Counts per key. */
export class Tally {
  readonly #counts = new Map<string, number>();

  add(key: string): void {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
  }

  get size(): number {
    return this.#counts.size;
  }

  /** The `limit` largest counts, ties by key (code units). */
  top(limit: number): [string, number][] {
    return [...this.#counts].sort(([a, x], [b, y]) => y - x || compareStrings(a, b)).slice(0, limit);
  }

  /** Every count, keyed (own properties, so any key is safe), keys sorted. */
  toObject(): Record<string, number> {
    return Object.fromEntries([...this.#counts].sort(([a], [b]) => compareStrings(a, b)));
  }
}
