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
 * Records the ring holds before it first grows (a power of two). Small, so
 * that the live reducer's property tests, with their short streams, wrap
 * and grow it; it doubles up to what the window needs.
 */
const INITIAL_CAPACITY = 16;

/**
 * Undo records of a working state's changes, newest last, so that the live
 * reducer can take back its last k events in O(their changes) and fold
 * them again around a late event. Records are flat slots in a ring (no
 * allocation per change, nothing copied when old records go). Positions are
 * absolute: records before `forgetBefore`'s position are dropped, since no
 * undo goes back that far.
 */
export class Journal implements Changes {
  /**
   * The ring: the record at position p is at slot `(p % #capacity) * SLOTS`.
   * Slots of dropped records keep what they held until they are reused (at
   * most one ring's worth).
   */
  #records: unknown[];
  /** Records the ring holds, a power of two (so `p % #capacity` is `p & (#capacity - 1)`). */
  #capacity: number;
  /** Absolute position of the first kept record. */
  #first = 0;
  /** Absolute position after the newest record. */
  #end = 0;

  /** `capacity`: records held before the ring first grows, a power of two (the tests use tiny ones). */
  constructor(capacity = INITIAL_CAPACITY) {
    if (!(Number.isSafeInteger(capacity) && capacity > 0 && (capacity & (capacity - 1)) === 0)) throw new RangeError(`capacity ${capacity}: expected a power of two`);
    this.#capacity = capacity;
    this.#records = new Array<unknown>(capacity * SLOTS).fill(undefined);
  }

  /** The position after the newest record: a mark to `undoTo` later. */
  get position(): number {
    return this.#end;
  }

  #record(kind: number, target: object, key: unknown, value: unknown, index: number): void {
    if (this.#end - this.#first === this.#capacity) this.#grow();
    const records = this.#records;
    const at = (this.#end & (this.#capacity - 1)) * SLOTS;
    records[at] = kind;
    records[at + 1] = target;
    records[at + 2] = key;
    records[at + 3] = value;
    records[at + 4] = index;
    this.#end += 1;
  }

  /** Doubles the ring, each kept record moving to its slot in the larger one. */
  #grow(): void {
    const capacity = this.#capacity * 2;
    const records = new Array<unknown>(capacity * SLOTS).fill(undefined);
    for (let position = this.#first; position < this.#end; position++) {
      const from = (position & (this.#capacity - 1)) * SLOTS;
      const to = (position & (capacity - 1)) * SLOTS;
      for (let slot = 0; slot < SLOTS; slot++) records[to + slot] = this.#records[from + slot];
    }
    this.#records = records;
    this.#capacity = capacity;
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

  /** Undoes every record after `position` (at or after `forgetBefore`'s), newest first. */
  undoTo(position: number): void {
    // Slots before the first kept record may hold newer ones already.
    if (position < this.#first) throw new RangeError(`cannot undo to ${position}: records before ${this.#first} are dropped`);
    const records = this.#records;
    const mask = this.#capacity - 1;
    for (let end = this.#end - 1; end >= position; end--) {
      const at = (end & mask) * SLOTS;
      undo(records[at] as number, records[at + 1] as object, records[at + 2], records[at + 3], records[at + 4] as number);
      // Let go of what the record held.
      records[at + 1] = records[at + 2] = records[at + 3] = undefined;
    }
    this.#end = position;
  }

  /** Drops the records before `position` (at most the current one): nothing moves. */
  forgetBefore(position: number): void {
    this.#first = position;
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
