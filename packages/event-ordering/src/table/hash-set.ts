/**
 * A set of non-negative 31-bit hashes in one Int32Array (open addressing,
 * linear probing). Small and allocation-free on lookup: it answers "is this
 * a candidate duplicate?" for every event of a large input.
 */
export class HashSet {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(hashes: readonly number[]) {
    let size = 16;
    while (size < hashes.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (const hash of hashes) {
      let slot = hash & this.mask;
      // Stored with the sign bit set, so that 0 means empty.
      while (this.slots[slot] !== 0 && this.slots[slot] !== (hash | 0x80000000)) slot = (slot + 1) & this.mask;
      this.slots[slot] = hash | 0x80000000;
    }
  }

  has(hash: number): boolean {
    const marked = hash | 0x80000000;
    let slot = hash & this.mask;
    for (;;) {
      const stored = this.slots[slot]!;
      if (stored === marked) return true;
      if (stored === 0) return false;
      slot = (slot + 1) & this.mask;
    }
  }
}
