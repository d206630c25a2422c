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

/**
 * Hashes whose fingerprint was seen before, from a table of 16-bit
 * fingerprints with four slots per id: a few MB with no per-id allocation,
 * several times faster than a `Map` of a million fresh strings (whose cost
 * is cache misses on a much larger table). Undefined when the probe budget
 * runs out (crafted collisions): then every id is a candidate.
 */
function candidateHashes(hashes: Int32Array, probeBudgetPerId: number): number[] | undefined {
  let size = 16;
  while (size < hashes.length * 4) size *= 2;
  const fingerprints = new Uint16Array(size);
  const mask = size - 1;
  const candidates: number[] = [];
  let budget = hashes.length * probeBudgetPerId;
  for (let index = 0; index < hashes.length; index++) {
    const hash = hashes[index]!;
    // Taken from other bits than the slot, and never 0, which marks an empty slot.
    const fingerprint = Math.imul(hash, 0x9e3779b1) >>> 16 || 1;
    let slot = hash & mask;
    for (;;) {
      const stored = fingerprints[slot];
      if (stored === 0) {
        fingerprints[slot] = fingerprint;
        break;
      }
      if (stored === fingerprint) {
        candidates.push(hash);
        break;
      }
      if (--budget < 0) return undefined;
      slot = (slot + 1) & mask;
    }
  }
  return candidates;
}

/**
 * Finds the events that share a canonical id, given the `eventIdHash` of
 * every event: a fingerprint filter finds the candidate hashes (a repeated
 * id always repeats its fingerprint), then only events with a candidate
 * hash are compared exactly by canonical id in a `Map`. Hash and
 * fingerprint collisions cost time, never correctness; a run of crafted
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
