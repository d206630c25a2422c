import { compareEvents, type Orderable } from "@sk/event-ordering";

/** How far an arrival order is from canonical order. */
export interface Lateness {
  /** Events that arrived after at least one event that sorts after them. */
  readonly late_events: number;
  /** The most events that arrived before an event and sort after it. */
  readonly max_positions: number;
  /** The largest lamport_clock seen before an event, minus its own. */
  readonly max_lamport: number;
}

/** Fenwick tree over ranks: how many of the ranks added so far are <= a rank. */
class RankCounts {
  readonly #tree: Uint32Array;

  constructor(size: number) {
    this.#tree = new Uint32Array(size + 1);
  }

  add(rank: number): void {
    for (let at = rank + 1; at < this.#tree.length; at += at & -at) this.#tree[at]!++;
  }

  atMost(rank: number): number {
    let sum = 0;
    for (let at = rank + 1; at > 0; at -= at & -at) sum += this.#tree[at]!;
    return sum;
  }
}

/**
 * Lateness of events in arrival order, under the canonical order
 * (`compareEvents`). An event's lateness is the number of events that
 * arrived before it and sort after it: what a live reducer's reorder window
 * must hold for it to be applied in place. O(n log n); copies of one event
 * compare equal and are not late relative to each other.
 */
export function measureLateness(events: readonly Orderable[]): Lateness {
  const order = Array.from(events.keys()).sort((a, b) => compareEvents(events[a]!, events[b]!));
  const ranks = new Uint32Array(events.length);
  let rank = 0;
  for (let at = 0; at < order.length; at++) {
    if (at > 0 && compareEvents(events[order[at - 1]!]!, events[order[at]!]!) !== 0) rank++;
    ranks[order[at]!] = rank;
  }
  const counts = new RankCounts(rank + 1);
  let lateEvents = 0;
  let maxPositions = 0;
  let maxLamport = 0;
  let highestClock = Number.NEGATIVE_INFINITY;
  for (let at = 0; at < events.length; at++) {
    const own = ranks[at]!;
    const later = at - counts.atMost(own);
    if (later > 0) lateEvents++;
    if (later > maxPositions) maxPositions = later;
    const clock = events[at]!.lamport_clock;
    if (highestClock - clock > maxLamport) maxLamport = highestClock - clock;
    if (clock > highestClock) highestClock = clock;
    counts.add(own);
  }
  return { late_events: lateEvents, max_positions: maxPositions, max_lamport: maxLamport };
}
