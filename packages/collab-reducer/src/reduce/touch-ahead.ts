import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";

/** Events per block: the fold touches the blocks ahead of it once per block (24 measured best on a shuffled million; 16 and 32 within noise but slower on average). */
export const TOUCH_BLOCK = 24;

/** Where the touched loads go, so that the optimiser cannot drop them as dead. */
const sink = { value: 0 };

/**
 * Software prefetch for folding events in processed order. After sorting, a
 * shuffled input's events sit in memory in arrival order, so each event the
 * fold reads (envelope, payload, strings) is a cache miss, and one miss at a
 * time: the fold's own work depends on each load. Touching the next blocks
 * in tight loops of independent loads lets the CPU overlap those misses:
 * envelopes three blocks ahead, payloads two blocks ahead (their envelopes
 * are cached by then), and the strings the fold compares one block ahead.
 * It only reads and changes nothing; it runs after the ordering package
 * validated the envelopes and never throws on any payload. On
 * ordered input it costs little; on a shuffled million events it saves
 * about a fifth of the reduction time (1.5-1.6 s without it, 1.1-1.3 s with it).
 */
export function touchAhead(events: readonly CollaborationEnvelope[], at: number): void {
  const length = events.length;
  let touched = 0;
  for (let index = at + 3 * TOUCH_BLOCK, end = Math.min(length, index + TOUCH_BLOCK); index < end; index++) {
    touched += events[index]!.lamport_clock;
  }
  for (let index = at + 2 * TOUCH_BLOCK, end = Math.min(length, index + TOUCH_BLOCK); index < end; index++) {
    if (fieldOf(events[index]!.payload, "mission_id") !== undefined) touched += 1;
  }
  for (let index = at + TOUCH_BLOCK, end = Math.min(length, index + TOUCH_BLOCK); index < end; index++) {
    const event = events[index]!;
    touched += event.event_type.length + event.event_id.length + event.timestamp.length;
    touched += lengthOf(fieldOf(event.payload, "mission_id")) + lengthOf(fieldOf(event.payload, "participant_id"));
  }
  sink.value = touched;
}

/** `payload[field]`: the payload of a valid envelope is an object or absent (the fold has not validated its fields yet). */
function fieldOf(payload: unknown, field: string): unknown {
  return (payload as Readonly<Record<string, unknown>> | undefined)?.[field];
}

function lengthOf(value: unknown): number {
  return typeof value === "string" ? value.length : 0;
}
