import { canonicalEventId } from "@sk/event-ordering";

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const EMPTY = 0;
const TOMBSTONE = -1;
const MISSING = -1;
const MOVED = -2;
/** Extra probes allowed per entry before the table stops trusting its fixed hash (crafted collisions). */
const PROBES_PER_ENTRY = 8;
/** Extra probes allowed regardless of size. */
const BASE_PROBES = 1024;

function mix(hash: number): number {
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return (mixed ^ (mixed >>> 13)) & 0x7fffffff;
}

function hashOf(id: string): number {
  let hash = FNV_OFFSET;
  for (let at = 0; at < id.length; at++) hash = Math.imul(hash ^ id.charCodeAt(at), FNV_PRIME);
  return mix(hash);
}

/**
 * Canonical event id → value, for the live reducer's duplicate check on
 * every event. A `Map` with a million fresh string keys costs several
 * hundred nanoseconds per insert; this open-addressing table of
 * `[entry + 1, hash]` pairs in an Int32Array costs a fraction of that. Ids
 * are given in any case and stored by `canonicalEventId`, the form the
 * ordering package deduplicates by.
 * Removal (`delete`, to roll back) is rare: it leaves a tombstone. Should
 * crafted ids collide in the fixed hash, the table moves to a `Map` once
 * probes exceed a linear budget, so the worst case stays linear.
 */
export class IdTable<V> {
  #slots = new Int32Array(2048);
  #mask = 1023;
  #probes = 0;
  #fallback: Map<string, V> | undefined;
  /** Values in insertion order (entry `n` is at index `n - 1`; deleted ones are holes); their ids come from `#idOf`. */
  readonly #values: (V | undefined)[] = [];
  readonly #idOf: (value: V) => string;
  readonly #baseProbes: number;
  readonly #probesPerEntry: number;

  /**
   * `idOf` gives a stored value's id (compared, canonicalised, only when
   * hashes match); `baseProbes` and `probesPerEntry` set the probe budget
   * (tests shrink it to reach the fallback).
   */
  constructor(idOf: (value: V) => string, baseProbes = BASE_PROBES, probesPerEntry = PROBES_PER_ENTRY) {
    this.#idOf = idOf;
    this.#baseProbes = baseProbes;
    this.#probesPerEntry = probesPerEntry;
  }

  /** The canonical id and hash the last `#locate` computed. */
  #id = "";
  #hash = 0;

  /** The value stored for `id` (any case), or undefined. */
  get(id: string): V | undefined {
    const slot = this.#locate(id);
    if (slot === MOVED) return this.#fallback!.get(this.#id);
    return slot === MISSING ? undefined : this.#values[this.#slots[slot * 2]! - 1];
  }

  /** Inserts `id` or replaces its value. */
  set(id: string, value: V): void {
    const slot = this.#locate(id);
    if (slot === MOVED) this.#fallback!.set(this.#id, value);
    else if (slot === MISSING) this.#insert(value);
    else this.#values[this.#slots[slot * 2]! - 1] = value;
  }

  /** Inserts `id` when absent and returns true; returns false (and changes nothing) when present. */
  insertNew(id: string, value: V): boolean {
    const slot = this.#locate(id);
    if (slot === MOVED) {
      if (this.#fallback!.has(this.#id)) return false;
      this.#fallback!.set(this.#id, value);
      return true;
    }
    if (slot !== MISSING) return false;
    this.#insert(value);
    return true;
  }

  /** Removes `id` (which must be present). */
  delete(id: string): void {
    const slot = this.#locate(id);
    if (slot === MOVED) {
      this.#fallback!.delete(this.#id);
      return;
    }
    const entry = this.#slots[slot * 2]!;
    this.#slots[slot * 2] = TOMBSTONE;
    // The last entry goes; an earlier one leaves a hole (entries are positions).
    if (entry === this.#values.length) this.#values.pop();
    else this.#values[entry - 1] = undefined;
  }

  /**
   * Canonicalises `id` into `#id` and finds its slot: the slot, `MISSING`,
   * or `MOVED` when the entries live in the fallback `Map`.
   */
  #locate(id: string): number {
    this.#id = canonicalEventId(id);
    this.#hash = hashOf(this.#id);
    return this.#fallback === undefined ? this.#find(this.#id, this.#hash) : MOVED;
  }

  #insert(value: V): void {
    if ((this.#values.length + 1) * 2 > this.#mask + 1) this.#grow();
    this.#values.push(value);
    this.#place(this.#values.length, this.#hash);
  }

  #find(id: string, hash: number): number {
    const slots = this.#slots;
    let slot = hash & this.#mask;
    for (;;) {
      const entry = slots[slot * 2]!;
      if (entry === EMPTY) return MISSING;
      if (entry !== TOMBSTONE && slots[slot * 2 + 1] === hash && canonicalEventId(this.#idOf(this.#values[entry - 1]!)) === id) return slot;
      slot = (slot + 1) & this.#mask;
      if (++this.#probes > this.#probesPerEntry * this.#values.length + this.#baseProbes) {
        this.#moveToMap();
        return MOVED;
      }
    }
  }

  #place(entry: number, hash: number): void {
    const slots = this.#slots;
    let slot = hash & this.#mask;
    while (slots[slot * 2]! > EMPTY) slot = (slot + 1) & this.#mask;
    slots[slot * 2] = entry;
    slots[slot * 2 + 1] = hash;
  }

  /** Quadruples the slots: fewer rehashes of a table that grows to millions. */
  #grow(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 4);
    this.#mask = (this.#mask << 2) | 3;
    for (let at = 0; at < old.length; at += 2) if (old[at]! > EMPTY) this.#place(old[at]!, old[at + 1]!);
  }

  #moveToMap(): void {
    const map = new Map<string, V>();
    for (const value of this.#values) if (value !== undefined) map.set(canonicalEventId(this.#idOf(value)), value);
    this.#fallback = map;
    this.#slots = new Int32Array(0);
    this.#values.length = 0;
  }
}
