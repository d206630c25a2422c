import type { EventEnvelope } from "@sk/event-envelope";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CollaborationReducer, CollaborationReducer as Reducer, createCollaborationReducer, reduceCollaborationEvents } from "../../src/index.ts";
import { shuffledStream } from "../support/arbitraries.ts";
import { expectDeepEqual } from "../support/deep-equal.ts";
import { outcome } from "../support/outcome.ts";

type Mode = "strict" | "permissive";

/** Applies `event` and checks the invariant against the batch reducer over the accepted events. */
function applyAndCheck(reducer: CollaborationReducer, accepted: EventEnvelope[], event: EventEnvelope, mode: Mode): void {
  const before = reducer.state();
  const expected = outcome(() => reduceCollaborationEvents([...accepted, event], { mode }));
  const actual = outcome(() => {
    reducer.apply(event);
    return reducer.state();
  });
  expectDeepEqual(actual, expected);
  if ("error" in actual) expect(reducer.state()).toBe(before);
  else accepted.push(event);
}

describe("live reducer: state() deep-equals the batch reduction of everything accepted so far", () => {
  it("permissive: out-of-order events are deferred and merged when the state is read, now and then", () => {
    fc.assert(
      fc.property(shuffledStream(30), fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), ([, arrival], reads) => {
        const reducer = createCollaborationReducer({ mode: "permissive" });
        const outcomes = new Set<string>();
        arrival.forEach((event, at) => {
          outcomes.add(reducer.apply(event));
          if (reads[at % reads.length]) expectDeepEqual(reducer.state(), reduceCollaborationEvents(arrival.slice(0, at + 1), { mode: "permissive" }));
        });
        expectDeepEqual(reducer.state(), reduceCollaborationEvents(arrival, { mode: "permissive" }));
        expectDeepEqual(Reducer.fromSnapshot(reducer.toSnapshot()).state(), reducer.state());
      }),
      { numRuns: 150 },
    );
  });

  for (const mode of ["strict", "permissive"] as const) {
    it(`${mode}: one by one, random arrival order, duplicates and conflicting versions`, () => {
      fc.assert(
        fc.property(shuffledStream(25), ([, arrival]) => {
          const reducer = createCollaborationReducer({ mode });
          const accepted: EventEnvelope[] = [];
          for (const event of arrival) applyAndCheck(reducer, accepted, event, mode);
        }),
        { numRuns: 120 },
      );
    });

    it(`${mode}: applyMany in random batches is atomic`, () => {
      fc.assert(
        fc.property(shuffledStream(25), fc.array(fc.nat(6), { minLength: 1, maxLength: 10 }), ([, arrival], sizes) => {
          const reducer = createCollaborationReducer({ mode });
          const accepted: EventEnvelope[] = [];
          let at = 0;
          for (let round = 0; at < arrival.length; round++) {
            const batch = arrival.slice(at, at + 1 + sizes[round % sizes.length]!);
            at += batch.length;
            const before = reducer.state();
            const expected = outcome(() => reduceCollaborationEvents([...accepted, ...batch], { mode }));
            const actual = outcome(() => {
              reducer.applyMany(batch);
              return reducer.state();
            });
            expectDeepEqual(actual, expected);
            if ("error" in actual) expect(reducer.state()).toBe(before);
            else accepted.push(...batch);
          }
        }),
        { numRuns: 100 },
      );
    });

    it(`${mode}: a snapshot taken at any point resumes to the same state and evolves the same`, () => {
      fc.assert(
        fc.property(shuffledStream(20), fc.nat(40), ([, arrival], cut) => {
          const reducer = createCollaborationReducer({ mode, missionId: "mission-test" });
          const apply = (target: CollaborationReducer, event: EventEnvelope) =>
            outcome(() => {
              target.apply(event);
              return target.state();
            });
          const split = Math.min(cut, arrival.length);
          for (const event of arrival.slice(0, split)) apply(reducer, event);
          const snapshot = JSON.parse(JSON.stringify(reducer.toSnapshot()));
          const resumed = Reducer.fromSnapshot(snapshot);
          expectDeepEqual(resumed.state(), reducer.state());
          for (const event of arrival.slice(split)) expectDeepEqual(apply(resumed, event), apply(reducer, event));
          expectDeepEqual(resumed.toSnapshot(), reducer.toSnapshot());
        }),
        { numRuns: 100 },
      );
    });
  }
});
