import { reduceLifecycleEvents } from "@sk/lifecycle-reducer";
import { describe, expect, it } from "vitest";
import { formatReport, type LifecycleConformanceReport, runConformance } from "../../src/index.js";

describe("runConformance", () => {
  const report = runConformance();

  it("passes every shipped fixture with the @sk reducers", () => {
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.contractsVersion).toBe("0.0.0");
    expect(report.passed.length).toBeGreaterThanOrEqual(33);
    expect(report.passed).toContainEqual({ id: "scenario-cancelled-and-completed-one-group", domain: "lifecycle", kind: "scenario" });
    // The status domain's vectors run too: payloads, lane mappings, transitions and scenarios.
    expect(new Set(report.passed.filter((fixture) => fixture.domain === "status").map((fixture) => fixture.kind))).toEqual(new Set(["payload", "lane-mapping", "transition", "scenario"]));
  });

  it("filters by domain, kind and event type", () => {
    expect(runConformance({ domain: "lifecycle", kind: "scenario" }).passed.every((fixture) => fixture.kind === "scenario" && fixture.domain === "lifecycle")).toBe(true);
    const started = runConformance({ eventType: "MissionStarted" });
    expect(started.passed.map((fixture) => fixture.id)).toEqual(expect.arrayContaining(["payload-mission-started-valid-minimal", "payload-mission-started-invalid-actor-number"]));
    expect(started.passed.every((fixture) => fixture.id.startsWith("payload-mission-started"))).toBe(true);
  });

  it("skips fixtures newer than the contracts version it gates on", () => {
    const old = runConformance({ contractsVersion: "0.0.9", kind: "scenario" });
    expect(old.passed).toEqual([]);
    expect(old.skipped[0]).toMatchObject({ reason: "needs contracts >= 0.1.0, installed 0.0.9" });
    expect(runConformance({ contractsVersion: "0.2.0", kind: "scenario" }).skipped).toEqual([]);
    expect(runConformance({ contractsVersion: "1.0.0-rc.1", kind: "scenario" }).skipped).toEqual([]);
    expect(() => runConformance({ contractsVersion: "next" })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "contractsVersion" }));
  });

  it("formats a report: failures with their diffs, skips, totals", () => {
    const text = formatReport({
      contractsVersion: "0.1.0",
      passed: [{ id: "a", domain: "lifecycle", kind: "payload" }],
      failed: [
        { id: "b", domain: "lifecycle", kind: "scenario", reason: "state differs in 1 place", diff: "  /state/x: expected 1, got 2" },
        { id: "c", domain: "lifecycle", kind: "scenario", reason: "expected error X", diff: "" },
      ],
      skipped: [{ id: "d", domain: "status", kind: "payload", reason: "needs contracts >= 0.2.0, installed 0.1.0" }],
    } satisfies LifecycleConformanceReport);
    expect(text).toBe(
      [
        "@sk status and lifecycle conformance (contracts 0.1.0)",
        "FAIL b: state differs in 1 place",
        "  /state/x: expected 1, got 2",
        "FAIL c: expected error X",
        "SKIP d: needs contracts >= 0.2.0, installed 0.1.0",
        "1 passed, 2 failed, 1 skipped",
        "",
      ].join("\n"),
    );
  });
});

describe("runConformance with an adapter (a team's own reducers)", () => {
  it("runs the scenarios through the given reducers; the @sk ones fill in the rest", () => {
    const calls: string[] = [];
    const report = runConformance({
      domain: "lifecycle",
      kind: "scenario",
      adapter: {
        reduceLifecycleEvents: (events) => {
          calls.push("one");
          return reduceLifecycleEvents(events);
        },
      },
    });
    expect(report.failed).toEqual([]);
    expect(calls.length).toBe(report.passed.length - 1); // the by-mission scenario used the @sk partition
  });

  it("reports a wrong state with a pointer diff", () => {
    const report = runConformance({
      kind: "scenario",
      adapter: { reduceLifecycleEvents: (events) => ({ ...reduceLifecycleEvents(events), mission_status: "active" }) },
    });
    const failure = report.failed.find((fixture) => fixture.id === "scenario-cancelled-and-completed-one-group")!;
    expect(failure.reason).toBe("state differs in 1 place");
    expect(failure.diff).toBe('  /state/mission_status: expected "completed", got "active"');
  });

  it("an expected error must be thrown, with its code, naming what the fixture lists", () => {
    const ids = (report: LifecycleConformanceReport) => report.failed.filter((fixture) => fixture.id === "scenario-mixed-aggregate-ids");
    const returns = runConformance({ kind: "scenario", adapter: { reduceLifecycleEvents: () => ({}) } });
    expect(ids(returns)[0]!.reason).toBe("expected error INVALID_ARGUMENT, but the reducer returned a state");
    const wrongCode = runConformance({ kind: "scenario", adapter: { reduceLifecycleEvents: () => raise(Object.assign(new Error("two"), { code: "MIXED" })) } });
    expect(ids(wrongCode)[0]!.reason).toBe('expected error INVALID_ARGUMENT, got "MIXED"');
    const vague = runConformance({ kind: "scenario", adapter: { reduceLifecycleEvents: () => raise(Object.assign(new Error("mixed missions"), { code: "INVALID_ARGUMENT" })) } });
    expect(ids(vague)[0]!.reason).toBe('the INVALID_ARGUMENT error\'s message does not name "mission/mission-checkout", "mission/mission-search"');
    const untyped = runConformance({ kind: "scenario", adapter: { reduceLifecycleEvents: () => raise("boom") } });
    expect(ids(untyped)[0]!.reason).toBe('expected error INVALID_ARGUMENT, got "boom"');
    expect(untyped.failed.find((fixture) => fixture.id === "scenario-phases-and-review-rollback")!.reason).toBe("expected a state, but the reducer threw: \"boom\"");
    expect(wrongCode.failed.find((fixture) => fixture.id === "scenario-phases-and-review-rollback")!.reason).toBe("expected a state, but the reducer threw: two");
  });

  it("hands each reducer its own copy of the events", () => {
    const report = runConformance({
      kind: "scenario",
      adapter: {
        reduceLifecycleEvents: (events) => {
          const state = reduceLifecycleEvents(events);
          (events as unknown[]).length = 0;
          return state;
        },
      },
    });
    expect(report.failed).toEqual([]);
    expect(runConformance({ kind: "scenario" }).failed).toEqual([]);
  });
});

function raise(value: unknown): never {
  throw value;
}
