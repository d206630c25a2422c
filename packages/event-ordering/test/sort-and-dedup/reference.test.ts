import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Orderable, sortAndDedup } from "../../src/index.ts";
import { deepFreeze, eventIdArbitrary, timestampArbitrary } from "../arbitraries.ts";
import { referenceSortAndDedup } from "../reference.ts";

interface Envelope extends Orderable {
  readonly event_type: string;
  readonly [field: string]: unknown;
}

/** Valid envelopes with few distinct values per field: ties at every level, duplicates and conflicts. */
const envelopeArbitrary: fc.Arbitrary<Envelope> = fc.record({
  event_id: eventIdArbitrary,
  event_type: fc.constantFrom("PresenceHeartbeat", "ParticipantJoined", "Other"),
  aggregate_id: fc.constant("mission/m-1"),
  payload: fc.record({ n: fc.integer({ min: 0, max: 2 }) }),
  timestamp: timestampArbitrary,
  node_id: fc.constantFrom("node-1", "node-2"),
  // Mostly dense clocks, sometimes sparse ones (the sort then takes its other path).
  lamport_clock: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(2 ** 40, Number.MAX_SAFE_INTEGER) }),
  project_uuid: fc.constant("0b7c2a52-4c1e-4f8e-9a77-2f1d3c4b5a69"),
  correlation_id: fc.constant("01HQ8ZQ0X6W8T3K9V5R2M4N7PZ"),
});

/** Elements that are not valid envelopes: one field broken, or not an envelope at all. */
const invalidArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(envelopeArbitrary, fc.constantFrom<[string, unknown]>(["event_id", "evt-1"], ["lamport_clock", -1], ["timestamp", "yesterday"], ["node_id", ""], ["event_type", 7], ["payload", []])).map(
    ([envelope, [field, value]]) => ({ ...envelope, [field]: value }),
  ),
  fc.constantFrom(null, 42, "event", [], {}),
);

/** A log of valid and invalid elements and re-deliveries (separate objects, same content), sometimes already in order. */
const logArbitrary = fc
  .tuple(
    fc.array(fc.oneof({ weight: 5, arbitrary: envelopeArbitrary }, { weight: 1, arbitrary: invalidArbitrary }), { maxLength: 24 }),
    fc.array(fc.nat(), { maxLength: 8 }),
    fc.boolean(),
  )
  .map(([elements, picks, inOrder]) => {
    const log = [...elements, ...(elements.length === 0 ? [] : picks.map((pick) => structuredClone(elements[pick % elements.length])))];
    if (inOrder) {
      const valid = referenceSortAndDedup(log as Envelope[]);
      return [...valid.events, ...log.filter((element) => !valid.events.includes(element as Envelope))];
    }
    return log;
  })
  .map((log) => deepFreeze(log) as readonly Envelope[]);

const isOwn = (event: Envelope): boolean => event.event_type !== "Other";

describe("sortAndDedup against the plain reference implementation", () => {
  it("equals it with invalid: report and include, on arbitrary logs (property)", () => {
    fc.assert(
      fc.property(logArbitrary, (log) => {
        expect(sortAndDedup(log, { invalid: "report", include: isOwn })).toEqual(referenceSortAndDedup(log, isOwn));
        expect(sortAndDedup(log, { invalid: "report" })).toEqual(referenceSortAndDedup(log));
      }),
      { numRuns: 500 },
    );
  });

  it("equals it without invalid on logs of valid envelopes (property)", () => {
    fc.assert(
      fc.property(logArbitrary, (log) => {
        const valid = log.filter((element) => referenceSortAndDedup([element]).invalid.length === 0);
        const { events, conflicts, indices } = referenceSortAndDedup(valid);
        expect(sortAndDedup(valid)).toEqual({ events, conflicts, indices });
      }),
      { numRuns: 300 },
    );
  });
});
