import type { EventEnvelope } from "@sk/event-envelope";
import { canonicalEventId } from "@sk/event-ordering";
import { MISSION_CANCELLED } from "@sk/lifecycle-contracts";

/** `(is MissionCancelled, event_id)`: cancellations last, then by canonical id (timestamps play no part). */
function compareInGroup(a: EventEnvelope, b: EventEnvelope): number {
  const cancelledA = a.event_type === MISSION_CANCELLED ? 1 : 0;
  const cancelledB = b.event_type === MISSION_CANCELLED ? 1 : 0;
  if (cancelledA !== cancelledB) return cancelledA - cancelledB;
  const idA = canonicalEventId(a.event_id);
  const idB = canonicalEventId(b.event_id);
  // Ids are unique after deduplication, so never equal.
  return idA < idB ? -1 : 1;
}

/**
 * Step 3 of the contract: mission events (already in the shared order, so
 * in ascending lamport groups) with each lamport group reordered by
 * `(is MissionCancelled, event_id)`. Returns a new array.
 */
export function missionOrder(events: readonly EventEnvelope[]): EventEnvelope[] {
  const ordered: EventEnvelope[] = [];
  let start = 0;
  while (start < events.length) {
    const clock = events[start]!.lamport_clock;
    let end = start + 1;
    while (end < events.length && events[end]!.lamport_clock === clock) end++;
    if (end - start === 1) ordered.push(events[start]!);
    else for (const event of events.slice(start, end).sort(compareInGroup)) ordered.push(event);
    start = end;
  }
  return ordered;
}
