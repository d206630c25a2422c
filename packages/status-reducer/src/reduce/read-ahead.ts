import type { StatusEnvelope } from "./status-envelope.js";

/** How many events `readAhead` reads at a time: enough to overlap their cache misses, few enough to stay in cache. */
export const READ_AHEAD_EVENTS = 128;

function lengthOf(value: unknown): number {
  return typeof value === "string" ? value.length : 0;
}

/**
 * Reads what the fold will read of `events[from..to)` (the event, its
 * payload, `wp_id` and the lanes) and returns a number that depends on it,
 * so that the reads are not optimised away. Sorted events lie scattered
 * across the heap, and the fold stalls on each one's cache misses in turn;
 * a short loop that only reads lets the processor fetch many events at
 * once, and the fold then finds them in cache. On a shuffled million this
 * takes a third off the fold (bench/README.md).
 */
export function readAhead(events: readonly StatusEnvelope[], from: number, to: number): number {
  let sum = 0;
  for (let at = from; at < to; at++) {
    const event = events[at]!;
    const payload = event.payload as { readonly wp_id?: unknown; readonly from_lane?: unknown; readonly to_lane?: unknown } | undefined;
    sum += event.lamport_clock;
    if (typeof payload === "object" && payload !== null) sum += lengthOf(payload.wp_id) + lengthOf(payload.from_lane) + lengthOf(payload.to_lane);
  }
  return sum;
}
