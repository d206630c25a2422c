import type { EventEnvelope } from "@sk/event-envelope";
import { compareEvents } from "@sk/event-ordering";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ApplyOutcome,
  CollaborationError,
  type CollaborationReducer,
  createCollaborationReducer,
  fromSnapshot,
  reduceCollaborationEvents,
} from "../../src/index.ts";
import { shuffledStream } from "../support/arbitraries.ts";
import { expectDeepEqual } from "../support/deep-equal.ts";
import { validWorkload } from "../support/workload.ts";

type Mode = "strict" | "permissive";

/** Window sizes that put every internal boundary (seal, undo across the window's start) inside small streams. */
const WINDOWS = [0, 1, 2, 3, 5, 8, 1000] as const;

/** Deep-equal and the same JSON text: key order is part of the output. */
function expectSameState(actual: unknown, expected: unknown): void {
  expectDeepEqual(actual, expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

/** What one `apply` did: its outcome, or the error's class and code. */
function offer(reducer: CollaborationReducer, event: EventEnvelope): ApplyOutcome | { readonly error: string; readonly code: string } {
  try {
    return reducer.apply(event).outcome;
  } catch (error) {
    if (!(error instanceof CollaborationError)) throw error;
    return { error: error.name, code: error.code };
  }
}

/**
 * Feeds `arrival` one by one and checks, after every event, that the state
 * deep-equals the batch reduction of the events accepted so far (every
 * outcome but `late`; a strict rejection changes nothing at all).
 */
function feedAndCheck(reducer: CollaborationReducer, arrival: readonly EventEnvelope[], mode: Mode, accepted: EventEnvelope[] = []): Set<string> {
  const seen = new Set<string>();
  for (const event of arrival) {
    const before = reducer.state();
    const result = offer(reducer, event);
    seen.add(typeof result === "string" ? result : result.code);
    if (typeof result !== "string") expect(reducer.state()).toBe(before);
    else if (result !== "late") accepted.push(event);
    if (result === "late" || result === "duplicate" || result === "ignored") expect(reducer.state()).toBe(before);
    expectSameState(reducer.state(), reduceCollaborationEvents(accepted, { mode }));
  }
  return seen;
}

describe("live reducer: after any arrival order, with duplicates, state() equals the batch reduction of what it accepted", () => {
  for (const mode of ["strict", "permissive"] as const) {
    for (const window of WINDOWS) {
      it(`${mode}, window ${window}`, () => {
        const outcomes = new Set<string>();
        fc.assert(
          fc.property(shuffledStream(25), ([, arrival]) => {
            for (const seen of feedAndCheck(createCollaborationReducer({ mode, window }), arrival, mode)) outcomes.add(seen);
          }),
          { numRuns: window === 1000 ? 150 : 60 },
        );
        // The runs cross every path: reorders, duplicates, lates (small windows) and, in strict mode, rejections.
        // Window 0 keeps nothing: anything not newer than the newest applied event is late.
        if (window > 0) expect(outcomes).toContain("reordered");
        if (window > 0) expect(outcomes).toContain("duplicate");
        if (window < 5) expect(outcomes).toContain("late");
        if (mode === "strict") expect([...outcomes].some((seen) => /^[A-Z_]+$/.test(seen))).toBe(true);
        else expect(outcomes).toContain("skipped");
      });
    }
  }

  for (const mode of ["strict", "permissive"] as const) {
    it(`${mode}: in canonical order (the in-order path: nothing to look up or take back), with copies, equals batch for every window`, () => {
      const outcomes = new Set<string>();
      fc.assert(
        fc.property(shuffledStream(25), fc.constantFrom(...WINDOWS), ([events], window) => {
          const inOrder = [...events].sort(compareEvents as (a: EventEnvelope, b: EventEnvelope) => number);
          for (const seen of feedAndCheck(createCollaborationReducer({ mode, window }), inOrder, mode)) outcomes.add(seen);
        }),
        { numRuns: 150 },
      );
      expect(outcomes).toContain("applied");
      expect(outcomes).toContain("duplicate");
    });

    it(`${mode}: a snapshot taken anywhere, resumed (after a JSON round trip), continues exactly like the unbroken reducer`, () => {
      fc.assert(
        fc.property(shuffledStream(25), fc.constantFrom(...WINDOWS), fc.nat(), ([, arrival], window, cut) => {
          const unbroken = createCollaborationReducer({ mode, window });
          const at = cut % (arrival.length + 1);
          for (const event of arrival.slice(0, at)) offer(unbroken, event);
          const resumed = fromSnapshot(JSON.parse(JSON.stringify(unbroken.toSnapshot())));
          expectSameState(resumed.state(), unbroken.state());
          for (const event of arrival.slice(at)) expect(offer(resumed, event)).toStrictEqual(offer(unbroken, event));
          expectSameState(resumed.state(), unbroken.state());
          expect(JSON.stringify(resumed.toSnapshot())).toBe(JSON.stringify(unbroken.toSnapshot()));
        }),
        { numRuns: 150 },
      );
    });
  }

  it("permissive, window large enough: every permutation (duplicates included) gives the batch state (200 permutations)", () => {
    fc.assert(
      fc.property(shuffledStream(), ([events, arrival]) => {
        const reducer = createCollaborationReducer({ mode: "permissive" });
        for (const event of arrival) reducer.apply(event);
        expectSameState(reducer.state(), reduceCollaborationEvents(events, { mode: "permissive" }));
      }),
      { numRuns: 200 },
    );
  });

  it("strict, window large enough: every permutation gives the batch state of the same accepted events; retrying the rejected ones converges (200 permutations)", () => {
    let complete = 0;
    fc.assert(
      fc.property(shuffledStream(), ([events, arrival]) => {
        const reducer = createCollaborationReducer({ mode: "strict" });
        const accepted: EventEnvelope[] = [];
        let parked = [...arrival];
        // What docs/reducer.md tells a strict caller: park rejected events and offer them again.
        for (let progress = true; progress; ) {
          const before = parked.length;
          parked = parked.filter((event) => {
            const result = offer(reducer, event);
            if (typeof result !== "string") return true;
            accepted.push(event);
            return false;
          });
          progress = parked.length < before;
        }
        expectSameState(reducer.state(), reduceCollaborationEvents(accepted, { mode: "strict" }));
        if (parked.length === 0) {
          complete += 1;
          expectSameState(reducer.state(), reduceCollaborationEvents(events, { mode: "strict" }));
        }
      }),
      { numRuns: 200 },
    );
    expect(complete).toBeGreaterThan(5);
  });
});

/** `events` in canonical order, each delayed by 0..maxDelay positions, plus redelivered copies (seeded). */
function delayed(events: readonly EventEnvelope[], maxDelay: number, seed: number): EventEnvelope[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const keyed = events.map((event, at) => ({ event, key: at + Math.floor(next() * (maxDelay + 1)), at }));
  for (let copy = 0; copy < events.length / 100; copy++) {
    const at = Math.floor(next() * events.length);
    keyed.push({ event: structuredClone(events[at]!), key: at + Math.floor(next() * (maxDelay + 1)), at: events.length + copy });
  }
  return keyed.sort((a, b) => a.key - b.key || a.at - b.at).map((entry) => entry.event);
}

/** Heavy tests: a generous timeout, since the suites of five packages share two cores. */
const HEAVY = 180_000;

describe("live reducer on 50,000 events with disorder", () => {
  const events = validWorkload(50_000);
  const arrival = delayed(events, 64, 7);

  it("permissive: the batch state, whatever the window; small windows report late events instead of applying them wrong", () => {
    const reducer = createCollaborationReducer({ mode: "permissive" });
    const counts = new Map<string, number>();
    for (const event of arrival) {
      const outcome = reducer.apply(event).outcome;
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    }
    expectSameState(reducer.state(), reduceCollaborationEvents(events, { mode: "permissive" }));
    expect(counts.get("reordered")).toBeGreaterThan(10_000);
    expect(counts.get("duplicate")).toBe(500);

    const small = createCollaborationReducer({ mode: "permissive", window: 16 });
    const accepted = arrival.filter((event) => small.apply(event).outcome !== "late");
    expect(accepted.length).toBeLessThan(arrival.length);
    expectSameState(small.state(), reduceCollaborationEvents(accepted, { mode: "permissive" }));
  }, HEAVY);

  it("strict: parked rejections offered again after each accepted event converge to the batch state", () => {
    const reducer = createCollaborationReducer({ mode: "strict", window: 200 });
    let parked: EventEnvelope[] = [];
    let rejected = 0;
    const tryApply = (event: EventEnvelope): boolean => {
      const result = offer(reducer, event);
      if (typeof result === "string") return true;
      rejected += 1;
      return false;
    };
    for (const event of arrival) {
      if (!tryApply(event)) parked.push(event);
      else if (parked.length > 0) parked = parked.filter((waiting) => !tryApply(waiting));
    }
    expect(rejected).toBeGreaterThan(100);
    expect(parked).toStrictEqual([]);
    expectSameState(reducer.state(), reduceCollaborationEvents(events, { mode: "strict" }));
  }, HEAVY);
});
