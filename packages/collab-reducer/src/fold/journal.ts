/** Record kinds: what undoing a record does. */
const MAP_ADDED = 0; // map.set of a new key: delete it (the newest key, so no other key moves)
const MAP_REPLACED = 1; // map.set of a present key (keeps its place): put the previous value back
const MAP_DELETED = 2; // map.delete: put the entry back at its index
const SET_ADDED = 3; // set.add of a new value: delete it
const SET_DELETED = 4; // set.delete: add it back (sets are emitted sorted: their order is not observable)
const LIST_PUSHED = 5; // list.push: pop
const LIST_REMOVED = 6; // list.splice(index, 1): put the value back

/** Slots per record: kind, target, key, value, index. */
const SLOTS = 5;

/**
 * Undo records of a working state's changes, newest last, so that the live
 * reducer can take back its last k events in O(their changes) and fold
 * them again around a late event. Records are flat slots (no allocation per
 * change). Positions are absolute: records before `forgetBefore`'s position
 * are dropped, since no undo goes back that far.
 */
export class Journal implements Changes {
  /** Slots in use are `[0, #length)`; the array never shrinks, so undo and redo allocate nothing. */
  readonly #records: unknown[] = [];
  #length = 0;
  /** Absolute position of the first kept record. */
  #base = 0;

  /** The position after the newest record: a mark to `undoTo` later. */
  get position(): number {
    return this.#base + this.#length / SLOTS;
  }

  #record(kind: number, target: object, key: unknown, value: unknown, index: number): void {
    const records = this.#records;
    const at = this.#length;
    records[at] = kind;
    records[at + 1] = target;
    records[at + 2] = key;
    records[at + 3] = value;
    records[at + 4] = index;
    this.#length = at + SLOTS;
  }

  mapSet<K, V>(map: Map<K, V>, key: K, value: V): void {
    const previous = map.get(key);
    this.#record(previous === undefined ? MAP_ADDED : MAP_REPLACED, map, key, previous, 0);
    map.set(key, value);
  }

  delete<K>(collection: Map<K, unknown> | Set<K>, key: K): void {
    if (!collection.has(key)) return;
    if (collection instanceof Set) this.#record(SET_DELETED, collection, key, undefined, 0);
    else this.#record(MAP_DELETED, collection, key, collection.get(key), indexOfKey(collection, key));
    collection.delete(key);
  }

  setAdd<T>(set: Set<T>, value: T): void {
    if (set.has(value)) return;
    this.#record(SET_ADDED, set, value, undefined, 0);
    set.add(value);
  }

  push<T>(list: T[], value: T): void {
    this.#record(LIST_PUSHED, list, undefined, undefined, 0);
    list.push(value);
  }

  removeAt<T>(list: T[], index: number): void {
    this.#record(LIST_REMOVED, list, undefined, list[index], index);
    list.splice(index, 1);
  }

  /** Undoes every record after `position`, newest first. */
  undoTo(position: number): void {
    const records = this.#records;
    const end = (position - this.#base) * SLOTS;
    for (let at = this.#length - SLOTS; at >= end; at -= SLOTS) {
      undo(records[at] as number, records[at + 1] as object, records[at + 2], records[at + 3], records[at + 4] as number);
      // Let go of what the record held.
      records[at + 1] = records[at + 2] = records[at + 3] = undefined;
    }
    this.#length = end;
  }

  /**
   * Drops the records before `position`: moves the rest to the front, in
   * place, only when that frees half, so amortised O(1) per record. (A new
   * array, as `slice` makes, grows again a step at a time: a third of the
   * live reducer's allocation.)
   */
  forgetBefore(position: number): void {
    const drop = (position - this.#base) * SLOTS;
    if (drop * 2 < this.#length) return;
    const records = this.#records;
    const keep = this.#length - drop;
    for (let at = 0; at < keep; at++) records[at] = records[at + drop];
    // Let go of what the moved-out slots held.
    for (let at = keep; at < this.#length; at++) records[at] = undefined;
    this.#length = keep;
    this.#base = position;
  }
}

function indexOfKey<K>(map: Map<K, unknown>, key: K): number {
  let index = 0;
  for (const candidate of map.keys()) {
    if (candidate === key) break;
    index += 1;
  }
  return index;
}

/** Puts `key` back at `index`: appends it, then moves the keys that were after it behind it again. */
function reinsert(map: Map<unknown, unknown>, key: unknown, value: unknown, index: number): void {
  map.set(key, value);
  let at = 0;
  for (const candidate of map.keys()) {
    if (candidate === key) break;
    if (at++ < index) continue;
    const moved = map.get(candidate);
    map.delete(candidate);
    map.set(candidate, moved);
  }
}

function undo(kind: number, target: object, key: unknown, value: unknown, index: number): void {
  if (kind === MAP_ADDED) (target as Map<unknown, unknown>).delete(key);
  else if (kind === MAP_REPLACED) (target as Map<unknown, unknown>).set(key, value);
  else if (kind === MAP_DELETED) reinsert(target as Map<unknown, unknown>, key, value, index);
  else if (kind === SET_ADDED) (target as Set<unknown>).delete(key);
  else if (kind === SET_DELETED) (target as Set<unknown>).add(key);
  else if (kind === LIST_PUSHED) (target as unknown[]).pop();
  else (target as unknown[]).splice(index, 0, value);
}

/**
 * How the fold changes a working state: every change of the handlers goes
 * through one of these, so that the live reducer can journal them. The batch
 * reducer changes the state directly (`DIRECT`), with nothing to undo.
 */
export interface Changes {
  mapSet<K, V>(map: Map<K, V>, key: K, value: V): void;
  delete<K>(collection: Map<K, unknown> | Set<K>, key: K): void;
  setAdd<T>(set: Set<T>, value: T): void;
  push<T>(list: T[], value: T): void;
  removeAt<T>(list: T[], index: number): void;
}

/** Changes applied directly, without undo records (the batch reducer's). */
export const DIRECT: Changes = Object.freeze({
  mapSet: <K, V>(map: Map<K, V>, key: K, value: V) => void map.set(key, value),
  delete: <K>(collection: Map<K, unknown> | Set<K>, key: K) => void collection.delete(key),
  setAdd: <T>(set: Set<T>, value: T) => void set.add(value),
  push: <T>(list: T[], value: T) => void list.push(value),
  removeAt: <T>(list: T[], index: number) => void list.splice(index, 1),
});
