import { assertOrderable, compareEvents } from "@sk/event-ordering";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";

/**
 * True when `event` sorts after `last` (the last processed event) under
 * `compareEvents`, after validating `event`'s ordering fields (throws
 * `OrderingInputError` when one is invalid, like `compareEvents`).
 *
 * The live reducer asks this once per event, so the common case skips
 * `compareEvents` (which re-reads `last` and canonicalises both ids every
 * call): `lamport_clock` is the primary key, so a valid event whose clock is
 * strictly larger sorts after `last` whatever its other fields hold. Equal
 * clocks go through `compareEvents`.
 */
export function sortsAfter(last: CollaborationEnvelope | undefined, event: CollaborationEnvelope): boolean {
  assertOrderable(event);
  return last === undefined || event.lamport_clock > last.lamport_clock || (event.lamport_clock === last.lamport_clock && compareEvents(last, event) < 0);
}
