import { indexInRun } from "./sorted-run.js";

/**
 * Canonical event ids → values, for ids that mostly arrive increasing: ids
 * are ULIDs minted in time order, and the live reducer places and seals
 * events in (nearly) that order. An id above every id added before is
 * appended to a sorted run, where "above the greatest" proves an id absent
 * with one comparison and adding hashes nothing; the others go to a `Map`.
 * (A `Map` of fresh 26-character ids costs ~90 ns per set and delete; in
 * order, this record costs a comparison and a push.)
 */
export class IdRecord<V> {
  /** Strictly increasing ids, in the order they were added, from `#head` on. */
  #run: string[] = [];
  /** The value of each id of the run; `undefined` once deleted. */
  #values: (V | undefined)[] = [];
  /** Run slots before it are all deleted. */
  #head = 0;
  /** Ids that were not above the greatest id when added. */
  readonly #others = new Map<string, V>();
  /** The greatest id ever added (kept after a delete: it only has to bound the ids held). */
  #greatest = "";

  /** Adds an id that is not in the record. */
  add(id: string, value: V): void {
    if (id > this.#greatest) {
      this.#greatest = id;
      this.#run.push(id);
      this.#values.push(value);
    } else {
      this.#others.set(id, value);
    }
  }

  get(id: string): V | undefined {
    if (id > this.#greatest) return undefined;
    const at = this.#find(id);
    const value = at === -1 ? undefined : this.#values[at];
    return value ?? (this.#others.size === 0 ? undefined : this.#others.get(id));
  }

  /** Deletes `id`, whose value is `value`. */
  delete(id: string, value: V): void {
    const values = this.#values;
    // The oldest id goes first when the window seals in order: no search.
    const at = values[this.#head] === value ? this.#head : this.#find(id);
    if (at === -1 || values[at] !== value) {
      this.#others.delete(id);
      return;
    }
    values[at] = undefined;
    while (this.#head < values.length && values[this.#head] === undefined) this.#head += 1;
    if (this.#head > 0 && this.#head * 2 >= values.length) {
      this.#run = this.#run.slice(this.#head);
      this.#values = values.slice(this.#head);
      this.#head = 0;
    }
  }

  /** Every id held: the run's, then the others, each in the order added. */
  ids(): string[] {
    const ids: string[] = [];
    for (let at = this.#head; at < this.#run.length; at++) if (this.#values[at] !== undefined) ids.push(this.#run[at]!);
    for (const id of this.#others.keys()) ids.push(id);
    return ids;
  }

  /** The run index of `id`, or -1. */
  #find(id: string): number {
    return indexInRun(this.#run, this.#head, id);
  }
}
