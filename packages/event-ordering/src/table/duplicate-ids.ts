import { HashSet } from "./hash-set.js";

/** Probes allowed per id before the filter gives up and checks every id exactly. */
const PROBE_BUDGET_PER_ID = 8;
/** Bits of the candidate prefilter: 8 KB, so it stays in the L1 cache during the exact phase. */
const PREFILTER_BITS = 1 << 16;

/** Events sharing a canonical id: `groups[index]` is 0 for a unique id, else a number in `1..count`. */
export interface DuplicateGroups {
  readonly groups: Int32Array;
  readonly count: number;
}

/** Hashes per bucket aimed for: a bucket's table (2 to 4 Int32 slots per hash) stays in the L1/L2 cache. */
const BUCKET_TARGET = 2048;
const SMALLEST_TABLE = 16;
const OCCUPIED = 0x80000000;

/** Slots of a table for `hashes` hashes: a power of two, at least twice as many. */
function tableSize(hashes: number): number {
  let size = SMALLEST_TABLE;
  while (size < hashes * 2) size *= 2;
  return size;
}

/** Where each bucket starts in `bucketed` (plus the end), buckets by the top `bucketBits` of the 31-bit hashes. */
function bucketByTopBits(hashes: Int32Array, bucketBits: number): { readonly bucketed: Int32Array; readonly starts: Int32Array } {
  const shift = 31 - bucketBits;
  const bucketCount = 2 ** bucketBits;
  const starts = new Int32Array(bucketCount + 1);
  for (let index = 0; index < hashes.length; index++) starts[(hashes[index]! >>> shift) + 1]!++;
  for (let bucket = 0; bucket < bucketCount; bucket++) starts[bucket + 1]! += starts[bucket]!;
  const next = starts.slice(0, bucketCount);
  const bucketed = new Int32Array(hashes.length);
  for (let index = 0; index < hashes.length; index++) {
    const hash = hashes[index]!;
    bucketed[next[hash >>> shift]!++] = hash;
  }
  return { bucketed, starts };
}

/**
 * Hashes seen more than once (a repeated id always repeats its hash), or
 * undefined when the probe budget runs out (crafted collisions): then every
 * id is a candidate. The hashes are first bucketed by their top bits in two
 * sequential passes, so that each bucket is checked with a small hash table
 * that stays in the cache: one table for a million hashes would cost a
 * cache miss (and first-touch page faults) per hash.
 */
function candidateHashes(hashes: Int32Array, probeBudgetPerId: number): number[] | undefined {
  let bucketBits = 0;
  while (hashes.length / 2 ** bucketBits > BUCKET_TARGET) bucketBits++;
  const { bucketed, starts } = bucketByTopBits(hashes, bucketBits);
  let largest = 0;
  for (let bucket = 0; bucket + 1 < starts.length; bucket++) largest = Math.max(largest, starts[bucket + 1]! - starts[bucket]!);
  const table = new Int32Array(tableSize(largest));
  const candidates: number[] = [];
  let budget = hashes.length * probeBudgetPerId;
  for (let bucket = 0; bucket + 1 < starts.length; bucket++) {
    const start = starts[bucket]!;
    const end = starts[bucket + 1]!;
    const mask = tableSize(end - start) - 1;
    table.fill(0, 0, mask + 1);
    for (let at = start; at < end; at++) {
      const hash = bucketed[at]!;
      const marked = hash | OCCUPIED;
      let slot = hash & mask;
      for (;;) {
        const stored = table[slot];
        if (stored === 0) {
          table[slot] = marked;
          break;
        }
        if (stored === marked) {
          candidates.push(hash);
          break;
        }
        if (--budget < 0) return undefined;
        slot = (slot + 1) & mask;
      }
    }
  }
  return candidates;
}

/**
 * Finds the events that share a canonical id, given the `eventIdHash` of
 * every event: bucketed hash tables find the candidate hashes (seen more
 * than once), then only events with a candidate
 * hash are compared exactly by canonical id in a `Map`. Hash collisions
 * cost time, never correctness; a run of crafted
 * collisions sends every id to the exact phase, so the worst case stays
 * linear. Undefined when every id is unique.
 */
export function duplicateGroups(hashes: Int32Array, idAt: (index: number) => string, probeBudgetPerId = PROBE_BUDGET_PER_ID): DuplicateGroups | undefined {
  const candidates = candidateHashes(hashes, probeBudgetPerId);
  if (candidates?.length === 0) return undefined;
  const exact = candidates === undefined ? undefined : new HashSet(candidates);
  const prefilter = new Uint8Array(PREFILTER_BITS / 8);
  for (const hash of candidates ?? []) prefilter[(hash & (PREFILTER_BITS - 1)) >>> 3]! |= 1 << (hash & 7);
  const firstById = new Map<string, number>();
  let groups: Int32Array | undefined;
  let count = 0;
  for (let index = 0; index < hashes.length; index++) {
    if (exact !== undefined) {
      const hash = hashes[index]!;
      if ((prefilter[(hash & (PREFILTER_BITS - 1)) >>> 3]! & (1 << (hash & 7))) === 0 || !exact.has(hash)) continue;
    }
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
