import { ArgumentError } from "@sk/event-envelope/errors";

/** Throws `ArgumentError` naming `events` unless it is an array. */
export function requireEventArray(events: unknown): asserts events is readonly unknown[] {
  if (!Array.isArray(events)) throw new ArgumentError("events", "type", events, "expected an array of event envelopes");
}
