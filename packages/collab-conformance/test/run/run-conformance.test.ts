import { ArgumentError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import { loadManifest } from "../../src/fixtures/load-manifest.js";
import { formatReport } from "../../src/run/format-report.js";
import { runConformance } from "../../src/run/run-conformance.js";
import { copyFixtures, editJson } from "../support/temp-fixtures.js";

describe("runConformance", () => {
  it("passes every fixture against the installed contracts and reducer", () => {
    const report = runConformance();
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.passed.map((entry) => entry.id)).toEqual(loadManifest().fixtures.map((entry) => entry.id));
    expect(report.passed[0]).toEqual({ id: "envelope-valid-full", kind: "envelope" });
  });

  it("filters like loadFixtures", () => {
    const report = runConformance({ kind: "payload", eventType: "SessionLinked" });
    expect(report.passed.map((entry) => entry.id)).toEqual([
      "payload-session-linked-valid-saas-to-cli",
      "payload-session-linked-valid-cli-to-saas",
      "payload-session-linked-invalid-link-type-value",
      "payload-session-linked-invalid-missing-linked-session-id",
    ]);
  });

  it("skips fixtures newer than the contracts version", () => {
    const report = runConformance({ kind: "scenario", contractsVersion: "0.0.9" });
    expect(report.passed).toEqual([]);
    expect(report.skipped[0]).toEqual({ id: "scenario-3-participant-overlap", kind: "scenario", reason: "needs @sk/collab-contracts >= 0.1.0, installed 0.0.9" });
    expect(runConformance({ kind: "scenario", contractsVersion: "0.1.0" }).skipped).toEqual([]);
    expect(() => runConformance({ contractsVersion: "latest" })).toThrow(ArgumentError);
  });

  it("reports failures with a reason and a diff, and formats the report", () => {
    const dir = copyFixtures();
    editJson(dir, "scenarios/session-linking.json", (scenario) => {
      const expected = scenario["expected"] as { permissive: { state: Record<string, unknown> } };
      expected.permissive.state["presence"] = { "prt-farah": "2026-03-06T09:00:00Z" };
      return scenario;
    });
    const report = runConformance({ fixturesDir: dir, kind: "scenario" });
    expect(report.failed).toEqual([
      {
        id: "scenario-session-linking",
        kind: "scenario",
        reason: "permissive: state differs in 1 place",
        diff: 'permissive:\n  /presence/prt-farah: expected "2026-03-06T09:00:00Z", got "2026-03-06T10:30:00+02:00"',
      },
    ]);
    const failed = [...report.failed, { id: "y", kind: "payload" as const, reason: "expected invalid, both layers accept the value", diff: "" }];
    const text = formatReport({ ...report, failed, skipped: [{ id: "x", kind: "payload", reason: "needs 9.0.0" }] });
    expect(text).toContain("\nFAIL y: expected invalid, both layers accept the value\nSKIP x");
    expect(text).toContain("FAIL scenario-session-linking: permissive: state differs in 1 place\npermissive:\n  /presence/prt-farah");
    expect(text).toContain("SKIP x: needs 9.0.0\n");
    expect(text.endsWith(`${report.passed.length} passed, 2 failed, 1 skipped\n`)).toBe(true);
  });

  it("formats a clean report as a header and the totals", () => {
    expect(formatReport({ contractsVersion: "0.1.0", passed: [{ id: "a", kind: "payload" }], failed: [], skipped: [] })).toBe(
      "@sk collaboration conformance (contracts 0.1.0)\n1 passed, 0 failed, 0 skipped\n",
    );
  });
});
