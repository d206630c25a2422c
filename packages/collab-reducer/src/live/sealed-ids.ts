import { indexInRun } from "./sorted-run.js";

/**
 * The canonical ids of the events a reorder window sealed: a set that only
 * grows, by one id per applied event. Ids are ULIDs minted in time order
 * and sealed in (nearly) that order, so an id above every id added before
 * is appended to a sorted run (a comparison and a push; "above the
 * greatest" proves an id absent with one comparison) and only the others
 * go to a `Set`. Unlike the window's `IdRecord` it holds no values and
 * never deletes (see bench/README.md for what that saves).
 */
export class SealedIds {
  /** Strictly increasing ids, in the order they were added. */
  readonly #run: string[];
  /** Ids that were not above the greatest id when added, in the order added. */
  readonly #others = new Set<string>();
  #greatest = "";

  private constructor(run: string[]) {
    this.#run = run;
    this.#greatest = run.at(-1) ?? "";
  }

  /** A record of `ids` (in the order `ids()` lists them, to rebuild a record; a repeat is held once). */
  static of(ids: readonly string[]): SealedIds {
    // The increasing prefix becomes the run in one copy: adding ids one by one grows the array a step at a time.
    let end = 0;
    while (end < ids.length && (end === 0 || ids[end]! > ids[end - 1]!)) end += 1;
    const record = new SealedIds(ids.slice(0, end));
    for (let at = end; at < ids.length; at++) if (!record.has(ids[at]!)) record.add(ids[at]!);
    return record;
  }

  /** The greatest id held (`""` when empty). */
  get greatest(): string {
    return this.#greatest;
  }

  /** Adds an id that is not held. */
  add(id: string): void {
    if (id > this.#greatest) {
      this.#greatest = id;
      this.#run.push(id);
    } else {
      this.#others.add(id);
    }
  }

  has(id: string): boolean {
    if (id > this.#greatest) return false;
    return indexInRun(this.#run, 0, id) !== -1 || (this.#others.size !== 0 && this.#others.has(id));
  }

  /** Every id held: the run's, then the others, each in the order added (`SealedIds.of` of them rebuilds this record). */
  ids(): string[] {
    return this.#others.size === 0 ? this.#run.slice() : this.#run.concat([...this.#others]);
  }
}
