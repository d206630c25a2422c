import { describe, expect, it } from "vitest";
import { ConformanceFailureError } from "../../src/errors/conformance-failure-error.js";
import { registerConformance, type TestRegistrar } from "../../src/vitest/register-conformance.js";
import { copyFixtures, editJson } from "../support/temp-fixtures.js";

interface Recorded {
  readonly path: string;
  readonly skipped: boolean;
  readonly body: () => void;
}

/** A fake runner that records the tree instead of running it. */
function record(options: Parameters<typeof registerConformance>[1]): Recorded[] {
  const tests: Recorded[] = [];
  const stack: string[] = [];
  const test = (skipped: boolean) => (name: string, body: () => void) => tests.push({ path: [...stack, name].join(" > "), skipped, body });
  const runner: TestRegistrar = {
    describe: (name, body) => {
      stack.push(name);
      body();
      stack.pop();
    },
    it: Object.assign(test(false), { skip: test(true) }),
  };
  registerConformance(runner, options);
  return tests;
}

describe("registerConformance", () => {
  it("registers one test per fixture, grouped by kind, under the title", () => {
    const tests = record({ kind: "scenario", title: "suite" });
    expect(tests.length).toBeGreaterThanOrEqual(7);
    expect(tests[0]?.path).toBe("suite > scenario > scenario-3-participant-overlap");
    expect(tests.every((test) => !test.skipped)).toBe(true);
    for (const test of tests) test.body();
    expect(record({ eventType: "Event" })[0]?.path).toBe("@sk collaboration conformance > envelope > envelope-valid-full");
  });

  it("skips fixtures newer than the contracts version", () => {
    expect(record({ kind: "payload", contractsVersion: "0.0.1" }).every((test) => test.skipped)).toBe(true);
  });

  it("a failing fixture throws ConformanceFailureError with the reason and the diff", () => {
    const dir = copyFixtures();
    editJson(dir, "scenarios/step-collision-llm.json", (scenario) => {
      (scenario["expected"] as { strict: { state: Record<string, unknown> } }).strict.state["event_count"] = 99;
      return scenario;
    });
    const failing = record({ fixturesDir: dir, kind: "scenario" }).find((test) => test.path.endsWith("scenario-step-collision-llm"));
    let thrown: unknown;
    try {
      failing?.body();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConformanceFailureError);
    expect(thrown).toMatchObject({
      code: "CONFORMANCE_FAILURE",
      fixture_id: "scenario-step-collision-llm",
      reason: "strict: state differs in 1 place",
      message: "scenario-step-collision-llm: strict: state differs in 1 place\nstrict:\n  /event_count: expected 99, got 12",
      differences: "strict:\n  /event_count: expected 99, got 12",
    });
    // Runners print an error's `diff` property below its message: the differences would show twice.
    expect(thrown).not.toHaveProperty("diff");
    expect(new ConformanceFailureError("x", "why", "").message).toBe("x: why");
  });
});
