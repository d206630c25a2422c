import { describe, expect, it } from "vitest";
import { LifecycleConformanceFailureError } from "../../src/index.js";
import { registerLifecycleConformance, type TestRegistrar } from "../../src/vitest/index.js";

function recorder() {
  const log: string[] = [];
  const bodies = new Map<string, () => void>();
  const runner: TestRegistrar = {
    describe: (name, body) => {
      log.push(`describe ${name}`);
      body();
    },
    it: Object.assign(
      (name: string, body: () => void) => {
        log.push(`it ${name}`);
        bodies.set(name, body);
      },
      { skip: (name: string) => log.push(`skip ${name}`) },
    ),
  };
  return { runner, log, bodies };
}

describe("registerLifecycleConformance", () => {
  it("registers one describe per domain with fixtures and one test per fixture", () => {
    const { runner, log, bodies } = recorder();
    registerLifecycleConformance(runner, { domain: "lifecycle" });
    expect(log[0]).toBe("describe @sk status and lifecycle conformance");
    expect(log[1]).toBe("describe lifecycle");
    expect(log).toContain("it scenario-invalid-first-mission-started");
    expect(() => bodies.get("scenario-invalid-first-mission-started")!()).not.toThrow();
  });

  it("skips fixtures newer than the contracts version, and a failing fixture throws LifecycleConformanceFailureError with the diff", () => {
    const skipped = recorder();
    registerLifecycleConformance(skipped.runner, { kind: "scenario", contractsVersion: "0.0.1", title: "mine" });
    expect(skipped.log[0]).toBe("describe mine");
    expect(skipped.log.filter((line) => line.startsWith("skip")).length).toBeGreaterThan(5);

    const failing = recorder();
    registerLifecycleConformance(failing.runner, { kind: "scenario", adapter: { reduceLifecycleEvents: () => ({}) } });
    const error = (() => {
      try {
        failing.bodies.get("scenario-phases-and-review-rollback")!();
      } catch (thrown) {
        return thrown as LifecycleConformanceFailureError;
      }
    })()!;
    expect(error).toBeInstanceOf(LifecycleConformanceFailureError);
    expect(error.code).toBe("LIFECYCLE_CONFORMANCE_FAILURE");
    expect(error.fixture_id).toBe("scenario-phases-and-review-rollback");
    expect(error.message).toMatch(/^scenario-phases-and-review-rollback: state differs in 9 places\n {2}\/state\/mission_id: missing/);
    expect(new LifecycleConformanceFailureError("x", "why", "").message).toBe("x: why");
  });
});
