import fc from "fast-check";
import type { Orderable } from "../src/index.ts";

/** An event as reducers see it: the ordering fields plus content that may differ between versions. */
export interface TestEvent extends Orderable {
  readonly event_type: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** Freezes a value and everything it holds, so a test fails if the code under test mutates it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/** Ids from a small pool, in both cases, so that duplicates and case variants are common. */
export const eventIdArbitrary = fc.constantFrom(
  "01HQ8ZQ0X6W8T3K9V5R2M4N7PA",
  "01hq8zq0x6w8t3k9v5r2m4n7pa",
  "01HQ8ZQ0X6W8T3K9V5R2M4N7PB",
  "01HQ8ZQ0X6W8T3K9V5R2M4N7PC",
  "01HQ8ZQ0X6W8T3K9v5r2m4n7pc",
  "7ZZZZZZZZZZZZZZZZZZZZZZZZZ",
  "00000000000000000000000000",
);

/** Timestamps from a small pool with equal keys written differently (`Z`, `+00:00`, `-00:00`, `.000`), naive ones included. */
export const timestampArbitrary = fc.constantFrom(
  "2026-01-15T10:00:00Z",
  "2026-01-15T10:00:00+00:00",
  "2026-01-15T10:00:00-00:00",
  "2026-01-15T10:00:00.000Z",
  "2026-01-15T10:00:00.5Z",
  "2026-01-15T10:00:00.500000+00:00",
  "2026-01-15T10:00:00.05Z",
  "2026-01-15T10:00:00+02:00",
  "2026-01-15T09:00:00-08:00",
  "2026-01-15T10:00:01Z",
  "2026-01-15T10:00:00",
  "2026-01-15T10:00:00.000",
  "2026-01-15T10:00:00.5",
);

/** Events with few distinct values per field: ties on every key level, duplicates and conflicts. */
export const eventArbitrary: fc.Arbitrary<TestEvent> = fc.record({
  event_id: eventIdArbitrary,
  lamport_clock: fc.integer({ min: 0, max: 3 }),
  timestamp: timestampArbitrary,
  event_type: fc.constantFrom("ParticipantJoined", "PresenceHeartbeat"),
  payload: fc.record({ participant_id: fc.constantFrom("p1", "p2"), note: fc.constantFrom("a", "b", "__proto__") }, { requiredKeys: ["participant_id"] }),
});

/**
 * Events where some are re-delivered: each duplicate is a separate object
 * with the same content, so identity cannot stand in for equality.
 */
export const eventsWithCopiesArbitrary: fc.Arbitrary<TestEvent[]> = fc
  .tuple(fc.array(eventArbitrary, { maxLength: 14 }), fc.array(fc.nat(), { maxLength: 6 }))
  .map(([events, picks]) => [...events, ...(events.length === 0 ? [] : picks.map((pick) => structuredClone(events[pick % events.length]!)))]);

/** A list and a permutation of it, both deep-frozen. */
export const permutedEventsArbitrary = eventsWithCopiesArbitrary.chain((events) =>
  fc.tuple(fc.constant(deepFreeze(events)), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }).map((shuffled) => deepFreeze(shuffled))),
);

/** Valid envelope timestamps: any date, 0-6 fractional digits, an offset or none (naive). */
export const validTimestampArbitrary: fc.Arbitrary<string> = fc
  .record({
    date: fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }),
    fraction: fc.stringMatching(/^[0-9]{0,6}$/),
    offset: fc.constantFrom("Z", "", "+00:00", "-00:00", "+05:30", "-08:00", "+23:59", "-23:59"),
  })
  .map(({ date, fraction, offset }) => `${date.toISOString().slice(0, 19)}${fraction === "" ? "" : `.${fraction}`}${offset}`);

/** Timestamps of one second: every fraction and offset form, so that keys tie and differ by their tails. */
const sameSecondArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.option(fc.stringMatching(/^[0-9]{1,6}$/), { nil: undefined }), fc.constantFrom("Z", "+00:00", "-00:00", "+05:30", "-08:00", "+00:01", "-00:01", ""))
  .map(([fraction, offset]) => `2026-01-15T10:00:00${fraction === undefined ? "" : `.${fraction}`}${offset}`);

/** Valid timestamps, often of one second. */
export const anyTimestampArbitrary: fc.Arbitrary<string> = fc.oneof(validTimestampArbitrary, sameSecondArbitrary);
