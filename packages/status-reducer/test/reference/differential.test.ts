import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reduceStatusEvents } from "../../src/index.js";
import { logArbitrary, permutedLogArbitrary } from "../support/logs.js";
import { referenceReduce } from "./reference-reducer.js";

const KINDS = [
  "invalid envelope",
  "conflicting duplicate event_id",
  "payload validation failed",
  "from_lane mismatch",
  "is terminal; requires force=True to exit",
  "is not allowed",
  "for_review -> in_progress requires review_ref",
  "in_progress -> planned requires reason",
];

describe("reduceStatusEvents against the plain reference", () => {
  it("gives the reference's state on generated logs (every anomaly kind, duplicates, shuffled)", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(logArbitrary, (log) => {
        const state = reduceStatusEvents(log);
        expect(state).toEqual(referenceReduce(log));
        for (const { reason } of state.anomalies) for (const kind of KINDS) if (reason.includes(kind)) seen.add(kind);
      }),
      { numRuns: 400 },
    );
    // The generator must reach every kind of anomaly.
    expect([...seen].sort()).toEqual([...KINDS].sort());
  });
});

describe("determinism", () => {
  it("returns a deep-equal state for every permutation of the same log (>= 200 permutations)", () => {
    fc.assert(
      fc.property(permutedLogArbitrary, ([log, shuffled]) => {
        expect(reduceStatusEvents(shuffled)).toEqual(reduceStatusEvents(log));
      }),
      { numRuns: 300 },
    );
  });
});
