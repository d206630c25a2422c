import { ArgumentError } from "../errors/argument-error.js";

function assertClockValue(field: string, value: unknown): asserts value is number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new ArgumentError(field, "safeInteger", value, "expected a safe integer >= 0");
  }
}

/**
 * A Lamport logical clock. Its value never goes backwards: `tick()` for a
 * local event, `receive(remote)` when an event from another node is seen.
 */
export class LamportClock {
  #value: number;

  constructor(initial = 0) {
    assertClockValue("initial", initial);
    this.#value = initial;
  }

  /** The last value handed out (or the initial value). */
  get value(): number {
    return this.#value;
  }

  /** Advances for a local event and returns the new value. */
  tick(): number {
    return this.#advance(this.#value);
  }

  /** Merges a remote clock value: `max(local, remote) + 1`, returned. */
  receive(remote: number): number {
    assertClockValue("remote", remote);
    return this.#advance(Math.max(this.#value, remote));
  }

  #advance(from: number): number {
    if (from >= Number.MAX_SAFE_INTEGER) {
      throw new ArgumentError("lamport_clock", "safeInteger", from + 1, "the clock cannot advance past Number.MAX_SAFE_INTEGER");
    }
    this.#value = from + 1;
    return this.#value;
  }
}
