import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reduceCollaborationEvents } from "../../src/index.ts";
import { shuffledStream } from "../support/arbitraries.ts";
import { expectDeepEqual } from "../support/deep-equal.ts";
import { outcome } from "../support/outcome.ts";

describe("determinism (spec: any permutation, duplicates included, gives deep-equal output)", () => {
  for (const mode of ["strict", "permissive"] as const) {
    it(`${mode}: every permutation with duplicates gives the same state or the same error`, () => {
      let states = 0;
      fc.assert(
        fc.property(shuffledStream(), ([events, permuted]) => {
          const expected = outcome(() => reduceCollaborationEvents(events, { mode }));
          const actual = outcome(() => reduceCollaborationEvents(permuted, { mode }));
          expectDeepEqual(actual, expected);
          if ("state" in expected) states += 1;
        }),
        { numRuns: 200 },
      );
      // The property must exercise reductions that complete, not only errors.
      expect(states).toBeGreaterThan(mode === "strict" ? 5 : 199);
    });
  }

  it("permissive never throws on these streams and reports their anomalies", () => {
    let anomalies = 0;
    fc.assert(
      fc.property(shuffledStream(), ([, permuted]) => {
        anomalies += reduceCollaborationEvents(permuted, { mode: "permissive" }).anomalies.length;
      }),
      { numRuns: 100 },
    );
    expect(anomalies).toBeGreaterThan(100);
  });
});
