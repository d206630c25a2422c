import { statusTransitionPayloadValidator } from "@sk/status-contracts";
import type { StatusEnvelope } from "./status-envelope.js";

/** An absent envelope payload is `{}` (the envelope's default). */
export function payloadOf(event: StatusEnvelope): unknown {
  return event.payload === undefined ? {} : event.payload;
}

/**
 * Which payloads of a log are invalid, checked in input order. A parsed
 * log sits in memory in input order, so checking there reads each payload
 * (and its nested evidence) sequentially; checking in sorted order instead
 * jumps across the heap and cost several times more on a shuffled million.
 * Only the (rare) invalid payloads are remembered, so a lookup on a clean
 * log costs nothing. `orderStatusEvents` checks every `WPStatusChanged`
 * element of the log, a superset of the events it returns, so every event
 * the reducer folds has been checked.
 */
export class PayloadVerdicts {
  readonly #invalid = new Set<StatusEnvelope>();

  /** Checks one event's payload. */
  check(event: StatusEnvelope): void {
    if (!statusTransitionPayloadValidator.check(payloadOf(event))) this.#invalid.add(event);
  }

  /** True when the payload of `event` (an event given to `check`) is valid. */
  isValid(event: StatusEnvelope): boolean {
    return this.#invalid.size === 0 || !this.#invalid.has(event);
  }
}
