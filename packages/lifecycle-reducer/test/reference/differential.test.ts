import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reduceLifecycleEvents, reduceLifecyclesByMission } from "../../src/index.js";
import { logArbitrary, multiMissionLogArbitrary } from "../support/arbitraries.js";
import { referenceReduce } from "./reference-reducer.js";

describe("the reducer against the plain reference implementation", () => {
  it("agrees on generated mission logs (shuffled, with duplicates, invalid envelopes and payloads, colliding clocks)", () => {
    fc.assert(
      fc.property(logArbitrary, (log) => {
        expect(reduceLifecycleEvents(log)).toEqual(referenceReduce(log));
      }),
      { numRuns: 500 },
    );
  });

  it("agrees per mission on generated mixed logs", () => {
    fc.assert(
      fc.property(multiMissionLogArbitrary, (log) => {
        const states = reduceLifecyclesByMission(log);
        for (const [aggregateId, state] of Object.entries(states)) {
          const own = log.filter((event) => (event as { aggregate_id: string }).aggregate_id === aggregateId);
          expect(state).toEqual(referenceReduce(own));
        }
      }),
      { numRuns: 200 },
    );
  });
});
