/** Probes allowed per id before the hash phase gives up and every id is compared exactly. */
const PROBE_BUDGET_PER_ID = 8;
const OCCUPIED = 0x80000000;

/** Events sharing a canonical id: `groups[index]` is 0 for a unique id, else a number in `1..count`. */
export interface DuplicateGroups {
  readonly groups: Int32Array;
  readonly count: number;
}

/**
 * The hashes seen more than once (a repeated id always repeats its hash),
 * from one open-addressing table of Int32 slots; undefined when the probe
 * budget runs out (crafted collisions), and then every id is a candidate.
 */
function repeatedHashes(hashes: Int32Array, probeBudgetPerId: number): Set<number> | undefined {
  let size = 16;
  while (size < hashes.length * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size);
  const repeated = new Set<number>();
  let budget = hashes.length * probeBudgetPerId;
  for (let index = 0; index < hashes.length; index++) {
    const hash = hashes[index]!;
    // Stored with the sign bit set, so that 0 means empty.
    const marked = hash | OCCUPIED;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = table[slot];
      if (stored === 0) {
        table[slot] = marked;
        break;
      }
      if (stored === marked) {
        repeated.add(hash);
        break;
      }
      if (--budget < 0) return undefined;
    }
  }
  return repeated;
}

/**
 * Groups the events that share a canonical id, given the `eventIdHash` of
 * each: only events whose hash repeats are compared by id, in a `Map` (a
 * `Map` of a million ids costs several times this whole search). Hash
 * collisions cost time, never correctness. Undefined when every id is unique.
 */
export function duplicateGroups(hashes: Int32Array, idAt: (index: number) => string, probeBudgetPerId = PROBE_BUDGET_PER_ID): DuplicateGroups | undefined {
  const repeated = repeatedHashes(hashes, probeBudgetPerId);
  if (repeated?.size === 0) return undefined;
  const firstById = new Map<string, number>();
  let groups: Int32Array | undefined;
  let count = 0;
  for (let index = 0; index < hashes.length; index++) {
    if (repeated !== undefined && !repeated.has(hashes[index]!)) continue;
    const id = idAt(index);
    const first = firstById.get(id);
    if (first === undefined) {
      firstById.set(id, index);
      continue;
    }
    groups ??= new Int32Array(hashes.length);
    if (groups[first] === 0) groups[first] = ++count;
    groups[index] = groups[first]!;
  }
  return groups === undefined ? undefined : { groups, count };
}
