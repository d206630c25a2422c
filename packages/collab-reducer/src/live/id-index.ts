import { canonicalEventId } from "@sk/event-ordering";
import { IdTable } from "./id-table.js";

/** Out-of-order ids tolerated per run entry (1 in 64) before the run is given up. */
const OUT_OF_ORDER_SHARE = 64;
/** Out-of-order ids tolerated regardless of size. */
const OUT_OF_ORDER_BASE = 4096;

/**
 * Canonical event id → value, for the live reducer's duplicate check on
 * every event. Event ids are ULIDs, minted in time order, so a live stream
 * mostly brings ids larger than any before: those are appended to a sorted
 * run, where "larger than the last" already proves the id is new, with no
 * hashing and no random memory access. Ids that break the order go to an
 * `IdTable` (open addressing). Should they stop being rare, the run moves
 * into the table for good, so the cost never exceeds the table's.
 */
export class IdIndex<V> {
  /** Values whose canonical ids strictly increase; `#runLast` is the last one's id. */
  readonly #runValues: V[] = [];
  #runLast: string | undefined;
  readonly #idOf: (value: V) => string;
  readonly #table: IdTable<V>;
  #tableSize = 0;
  #outOfOrder = 0;
  #hashOnly = false;

  /** `idOf` gives a stored value's id (see `IdTable`). */
  constructor(idOf: (value: V) => string) {
    this.#idOf = idOf;
    this.#table = new IdTable(idOf);
  }

  /** The value stored for `id` (any case), or undefined. */
  get(id: string): V | undefined {
    const canonical = canonicalEventId(id);
    const at = this.#runIndex(canonical);
    return at === -1 ? this.#tableGet(canonical) : this.#runValues[at];
  }

  /** Inserts `id` or replaces its value. */
  set(id: string, value: V): void {
    const canonical = canonicalEventId(id);
    const at = this.#runIndex(canonical);
    if (at !== -1) this.#runValues[at] = value;
    else if (!this.#insertNewCanonical(canonical, value)) this.#table.set(canonical, value);
  }

  /** Inserts `id` when absent and returns true; returns false (and changes nothing) when present. */
  insertNew(id: string, value: V): boolean {
    return this.#insertNewCanonical(canonicalEventId(id), value);
  }

  #insertNewCanonical(canonical: string, value: V): boolean {
    if (!this.#hashOnly) {
      const last = this.#runLast;
      if (last === undefined || canonical > last) {
        if (this.#tableGet(canonical) !== undefined) return false;
        this.#runValues.push(value);
        this.#runLast = canonical;
        return true;
      }
      if (this.#runIndex(canonical) !== -1) return false;
      this.#outOfOrder += 1;
      if (this.#outOfOrder * OUT_OF_ORDER_SHARE > this.#runValues.length + OUT_OF_ORDER_BASE * OUT_OF_ORDER_SHARE) this.#moveRunToTable();
    }
    const inserted = this.#table.insertNew(canonical, value);
    if (inserted) this.#tableSize += 1;
    return inserted;
  }

  /** Removes `id` (which must be present; used to roll back inserts, most recent first). */
  delete(id: string): void {
    const canonical = canonicalEventId(id);
    const at = this.#runIndex(canonical);
    if (at === -1) {
      this.#table.delete(canonical);
      this.#tableSize -= 1;
    } else if (at === this.#runValues.length - 1) {
      this.#runValues.pop();
      const last = this.#runValues[at - 1];
      this.#runLast = last === undefined ? undefined : this.#canonicalOf(last);
    } else {
      // Not the run's last entry: the run must stay sorted and dense, so give it up.
      this.#moveRunToTable();
      this.#table.delete(canonical);
      this.#tableSize -= 1;
    }
  }

  #tableGet(canonical: string): V | undefined {
    return this.#tableSize === 0 ? undefined : this.#table.get(canonical);
  }

  #canonicalOf(value: V): string {
    return canonicalEventId(this.#idOf(value));
  }

  /** Index of `canonical` in the run (binary search), or -1. */
  #runIndex(canonical: string): number {
    const values = this.#runValues;
    if (this.#hashOnly || this.#runLast === undefined || canonical > this.#runLast) return -1;
    let low = 0;
    let high = values.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const probe = this.#canonicalOf(values[middle]!);
      if (probe === canonical) return middle;
      if (probe < canonical) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  #moveRunToTable(): void {
    for (const value of this.#runValues) this.#table.insertNew(this.#canonicalOf(value), value);
    this.#tableSize += this.#runValues.length;
    this.#runValues.length = 0;
    this.#runLast = undefined;
    this.#hashOnly = true;
  }
}
