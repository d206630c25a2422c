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
  it("gives the reference's state on generated logs (duplicates, shuffled, every anomaly kind)", () => {
    fc.assert(
      fc.property(logArbitrary, (log) => {
        expect(reduceStatusEvents(log)).toEqual(referenceReduce(log));
      }),
      { numRuns: 400 },
    );
  });

  it("is fed every kind of anomaly by the generator (a fixed sample of 400 logs)", () => {
    const seen = new Set<string>();
    for (const log of fc.sample(logArbitrary, { numRuns: 400, seed: 20260301 })) {
      for (const { reason } of reduceStatusEvents(log).anomalies) for (const kind of KINDS) if (reason.includes(kind)) seen.add(kind);
    }
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
