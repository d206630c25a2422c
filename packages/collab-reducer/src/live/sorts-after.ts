import { compareEvents } from "@sk/event-ordering";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";

/**
 * True when `event` sorts after `last` under `compareEvents`; both are valid
 * envelopes. The live reducer asks this once per event, so the common case
 * skips `compareEvents` (which renders both timestamp keys and canonicalises
 * both ids): `lamport_clock` is the primary key, so a larger clock sorts
 * after whatever the other fields hold. Equal clocks go through `compareEvents`.
 */
export function sortsAfter(last: CollaborationEnvelope, event: CollaborationEnvelope): boolean {
  return event.lamport_clock > last.lamport_clock || (event.lamport_clock === last.lamport_clock && compareEvents(last, event) < 0);
}
