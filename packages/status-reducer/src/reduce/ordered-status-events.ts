import { ArgumentError } from "@sk/event-envelope/errors";
import { type DuplicateConflict, type InvalidElement, sortAndDedup } from "@sk/event-ordering";
import { WP_STATUS_CHANGED } from "@sk/status-contracts";
import { StatusDigest } from "./status-digest.js";
import type { StatusEnvelope } from "./status-envelope.js";

/** Step 1's result: the status events in processed order and what it found on the way. */
export interface OrderedStatusEvents {
  /** Valid envelopes, sorted and deduplicated (the ordering contract). */
  readonly events: readonly StatusEnvelope[];
  /** Where each of `events` is in the log. */
  readonly indices: Uint32Array;
  /** Ids that came with differing content; the kept version is in `events`. */
  readonly conflicts: readonly DuplicateConflict<StatusEnvelope>[];
  /** Elements that are not valid envelopes, ordered by canonical JSON. */
  readonly invalid: readonly InvalidElement[];
  /** What the fold needs of every `WPStatusChanged` element of the log, by position. */
  readonly digest: StatusDigest;
}

/** Throws `ArgumentError` naming `events` unless it is an array. */
function requireEventArray(events: unknown): asserts events is readonly unknown[] {
  if (!Array.isArray(events)) throw new ArgumentError("events", "type", events, "expected an array of event envelopes");
}

/**
 * Step 1 through `@sk/event-ordering`, the one ordering every reducer
 * shares: keep `WPStatusChanged` (an element without a string `event_type`
 * counts as one and is reported invalid), check each as a full envelope,
 * sort and deduplicate. The payloads are checked and digested in a pass of
 * their own in input order, where a parsed log sits in memory (see
 * `StatusDigest`).
 */
export function orderStatusEvents(events: unknown): OrderedStatusEvents {
  requireEventArray(events);
  const digest = new StatusDigest(events.length);
  for (let index = 0; index < events.length; index++) {
    const element: unknown = events[index];
    if (typeof element === "object" && element !== null && (element as { readonly event_type?: unknown }).event_type === WP_STATUS_CHANGED) {
      digest.note(element as StatusEnvelope, index);
    }
  }
  const ordered = sortAndDedup(events as readonly StatusEnvelope[], { include: (event) => event.event_type === WP_STATUS_CHANGED, invalid: "report" });
  return { events: ordered.events, indices: ordered.indices, conflicts: ordered.conflicts, invalid: ordered.invalid, digest };
}
