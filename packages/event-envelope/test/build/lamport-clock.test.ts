import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError, LamportClock } from "../../src/index.js";

describe("LamportClock", () => {
  it("ticks from its initial value", () => {
    const clock = new LamportClock(4);
    expect(clock.value).toBe(4);
    expect(clock.tick()).toBe(5);
    expect(clock.tick()).toBe(6);
    expect(new LamportClock().tick()).toBe(1);
  });

  it("receive() jumps past a remote value and never goes backwards", () => {
    const clock = new LamportClock(10);
    expect(clock.receive(3)).toBe(11);
    expect(clock.receive(20)).toBe(21);
  });

  it("never goes backwards over any sequence of ticks and receives", () => {
    const step = fc.oneof(fc.constant<"tick">("tick"), fc.integer({ min: 0, max: 1_000_000 }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 100 }), (steps) => {
        const clock = new LamportClock();
        let last = clock.value;
        for (const next of steps) {
          const value = next === "tick" ? clock.tick() : clock.receive(next);
          expect(value).toBeGreaterThan(last);
          if (next !== "tick") expect(value).toBeGreaterThan(next);
          last = value;
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 53, "3"])("rejects %s as a value", (bad) => {
    expect(() => new LamportClock(bad as number)).toThrow(ArgumentError);
    expect(() => new LamportClock().receive(bad as number)).toThrow(ArgumentError);
  });

  it("refuses to advance past the largest safe integer", () => {
    const clock = new LamportClock(Number.MAX_SAFE_INTEGER);
    expect(() => clock.tick()).toThrow(/Number.MAX_SAFE_INTEGER/);
    expect(clock.value).toBe(Number.MAX_SAFE_INTEGER);
  });
});
