import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reduceLifecycleEvents, reduceLifecyclesByMission } from "../../src/index.js";
import { multiMissionLogArbitrary, permutedLogArbitrary } from "../support/arbitraries.js";

describe("determinism", () => {
  it("reduceLifecycleEvents: every permutation of the same events (redeliveries included) gives a deep-equal state", () => {
    fc.assert(
      fc.property(permutedLogArbitrary, ([log, permuted]) => {
        expect(reduceLifecycleEvents(permuted)).toEqual(reduceLifecycleEvents(log));
      }),
      { numRuns: 300 },
    );
  });

  it("reduceLifecyclesByMission: every permutation gives deep-equal states, keys in the same order", () => {
    fc.assert(
      fc.property(
        multiMissionLogArbitrary.chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length }))),
        ([log, permuted]) => {
          const states = reduceLifecyclesByMission(permuted);
          expect(states).toEqual(reduceLifecyclesByMission(log));
          expect(Object.keys(states)).toEqual(Object.keys(reduceLifecyclesByMission(log)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
