/**
 * The canonical ids of the events sealed out of the reorder window: a
 * compact record, so that a copy or another version of an old event is
 * reported `late` instead of being applied twice. Ids are ULIDs minted in
 * time order and sealed in processed order, so they mostly arrive
 * increasing: those are appended to a sorted run, where "larger than the
 * last" proves an id is absent without touching memory (a `Set` of a
 * million fresh strings costs ~300-400 ns per operation, the run ~60). The
 * others go to a `Set`.
 */
export class SealedIds {
  /** Strictly increasing ids, in the order they were added. */
  #run: string[] = [];
  /** Ids that were not larger than the run's last when added, in the order they were added. */
  readonly #others = new Set<string>();

  /** A record of `ids` (distinct, as `toArray()` lists them). */
  static of(ids: readonly string[]): SealedIds {
    const record = new SealedIds();
    // The increasing prefix becomes the run in one copy (adding ids one by one grows the array a step at a time).
    let end = 0;
    while (end < ids.length && (end === 0 || ids[end]! > ids[end - 1]!)) end += 1;
    record.#run = ids.slice(0, end);
    for (let at = end; at < ids.length; at++) record.add(ids[at]!);
    return record;
  }

  add(id: string): void {
    const run = this.#run;
    if (run.length === 0 || id > run[run.length - 1]!) run.push(id);
    else this.#others.add(id);
  }

  has(id: string): boolean {
    const run = this.#run;
    if (run.length > 0 && id <= run[run.length - 1]! && this.#inRun(id)) return true;
    return this.#others.size > 0 && this.#others.has(id);
  }

  /** Every id: the run, then the others. `SealedIds.of` of them rebuilds the same record. */
  toArray(): string[] {
    return this.#run.concat([...this.#others]);
  }

  #inRun(id: string): boolean {
    const run = this.#run;
    let low = 0;
    let high = run.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const probe = run[middle]!;
      if (probe === id) return true;
      if (probe < id) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}
