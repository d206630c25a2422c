const LOWER_A = 97;
const LOWER_Z = 122;
const ASCII_END = 128;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const EMPTY = 0;
const TOMBSTONE = -1;
const MISSING = -1;
const MOVED = -2;
/** Probes allowed per entry before the table stops trusting its fixed hash (crafted collisions). */
const PROBES_PER_ENTRY = 8;

/**
 * The canonical (upper-case) form of an event id, the form
 * `@sk/event-ordering` deduplicates by: ids with a lower-case ASCII letter or
 * a non-ASCII character are upper-cased, others are already canonical.
 * (That package does not export its helper; this is its one rule.)
 */
export function canonicalId(id: string): string {
  for (let at = 0; at < id.length; at++) {
    const code = id.charCodeAt(at);
    if ((code >= LOWER_A && code <= LOWER_Z) || code >= ASCII_END) return id.toUpperCase();
  }
  return id;
}

function hashOf(id: string): number {
  let hash = FNV_OFFSET;
  for (let at = 0; at < id.length; at++) hash = Math.imul(hash ^ id.charCodeAt(at), FNV_PRIME);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return (hash ^ (hash >>> 13)) & 0x7fffffff;
}

/**
 * Canonical event id → value, for the live reducer's duplicate check on
 * every event. A `Map` with a million fresh string keys costs several
 * hundred nanoseconds per insert; this open-addressing table of
 * `[entry + 1, hash]` pairs in an Int32Array costs a fraction of that.
 * Entries are dense arrays; only the last entry can be removed (`pop`, for
 * rolling back appends). Should crafted ids collide in the fixed hash, the
 * table moves to a `Map` once probes exceed a linear budget.
 */
export class IdTable<V> {
  #slots = new Int32Array(64);
  #mask = 31;
  #probes = 0;
  #fallback: Map<string, V> | undefined;
  readonly #keys: string[] = [];
  readonly #values: V[] = [];

  get(id: string): V | undefined {
    const slot = this.#fallback === undefined ? this.#find(id, hashOf(id)) : MOVED;
    if (slot === MOVED) return this.#fallback!.get(id);
    return slot === MISSING ? undefined : this.#values[this.#slots[slot * 2]! - 1];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Inserts `id` or replaces its value. */
  set(id: string, value: V): void {
    const hash = hashOf(id);
    const slot = this.#fallback === undefined ? this.#find(id, hash) : MOVED;
    if (slot === MOVED) {
      this.#fallback!.set(id, value);
    } else if (slot !== MISSING) {
      this.#values[this.#slots[slot * 2]! - 1] = value;
    } else {
      if ((this.#keys.length + 1) * 2 > this.#mask + 1) this.#grow();
      this.#keys.push(id);
      this.#values.push(value);
      this.#place(this.#keys.length, hash);
    }
  }

  /** Removes the most recently inserted id (which must be `id`). */
  pop(id: string): void {
    const slot = this.#fallback === undefined ? this.#find(id, hashOf(id)) : MOVED;
    if (slot === MOVED) {
      this.#fallback!.delete(id);
      return;
    }
    this.#slots[slot * 2] = TOMBSTONE;
    this.#keys.pop();
    this.#values.pop();
  }

  /** Slot of `id`; `MISSING`; or `MOVED` when the probe budget ran out and the entries moved to a `Map`. */
  #find(id: string, hash: number): number {
    const slots = this.#slots;
    let slot = hash & this.#mask;
    for (;;) {
      const entry = slots[slot * 2]!;
      if (entry === EMPTY) return MISSING;
      if (entry !== TOMBSTONE && slots[slot * 2 + 1] === hash && this.#keys[entry - 1] === id) return slot;
      slot = (slot + 1) & this.#mask;
      if (++this.#probes > PROBES_PER_ENTRY * this.#keys.length + 1024) {
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

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2);
    this.#mask = (this.#mask << 1) | 1;
    for (let at = 0; at < old.length; at += 2) if (old[at]! > EMPTY) this.#place(old[at]!, old[at + 1]!);
  }

  #moveToMap(): void {
    const map = new Map<string, V>();
    for (let at = 0; at < this.#keys.length; at++) map.set(this.#keys[at]!, this.#values[at]!);
    this.#fallback = map;
    this.#slots = new Int32Array(0);
    this.#keys.length = 0;
    this.#values.length = 0;
  }
}
