/**
 * The three envelope fields the order is built from. Any event shape with
 * these fields can be sorted and deduplicated, full envelopes included.
 */
export interface Orderable {
  /** Unique id (a ULID for envelopes); compared and deduplicated in upper case. */
  readonly event_id: string;
  /** Lamport clock: a safe integer `>= 0`, the primary order. */
  readonly lamport_clock: number;
  /** ISO 8601 date-time, 0 to 6 fractional digits, with an offset or none (naive). */
  readonly timestamp: string;
}

/**
 * The ordering key `(lamport_clock, timestamp_key, event_id)` of
 * docs/spec/envelope-and-ordering.md (section 2), compared left to right: the number numerically, the strings by
 * UTF-16 code units. `timestampKey` is Python's `datetime.isoformat()`
 * rendering and `eventId` is upper case.
 */
export type OrderingKey = readonly [lamportClock: number, timestampKey: string, eventId: string];
