import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { sourceFixturesDir } from "../support/paths.js";
import { copyFixtures, editJson } from "../support/temp-fixtures.js";

function run(argv: string[], cwd = sourceFixturesDir) {
  let stdout = "";
  let stderr = "";
  const code = main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}

describe("sk-conformance", () => {
  it("runs the suite, prints the report and exits 0", () => {
    const { code, stdout, stderr } = run([]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^@sk collaboration conformance \(contracts \d+\.\d+\.\d+\)\n\d+ passed, 0 failed, 0 skipped\n$/);
  });

  it("prints the report as JSON with --json", () => {
    const { code, stdout } = run(["--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { passed: unknown[]; failed: unknown[]; skipped: unknown[] };
    expect(report.failed).toEqual([]);
    expect(report.passed.length).toBeGreaterThan(90);
  });

  it("exits 1 when a fixture fails (relative --fixtures resolves against cwd)", () => {
    const dir = copyFixtures();
    editJson(dir, "scenarios/session-linking.json", (scenario) => ({ ...scenario, expected: { ...(scenario["expected"] as object), strict: { error: { code: "X", event_id: "01ARZ3NDEKTSV4RRFFQ69G5FAV" } } } }));
    const { code, stdout } = run(["--fixtures", "."], dir);
    expect(code).toBe(1);
    expect(stdout).toContain("FAIL scenario-session-linking: strict: expected error X at 01ARZ3NDEKTSV4RRFFQ69G5FAV, but the reducer returned a state");
  });

  it("check: validates and reduces a log, in text or JSON", () => {
    const text = run(["check", "sample/mission-log.json"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Validation (TypeBox + Ajv): 41 of 41 events valid");
    expect(text.stdout).toContain("Reduced state (strict mode):\n  mission: mission-checkout-v3\n  events: 40 processed");
    expect(text.stdout.endsWith("OK\n")).toBe(true);
    const json = run(["check", join(sourceFixturesDir, "scenarios/unknown-participant-strict.json"), "--json", "--mode", "permissive"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, reduction: { mode: "permissive" } });
    expect(run(["check", "scenarios/unknown-participant-strict.json"]).code).toBe(1);
  });

  it("prints usage for --help (exit 0) and for a usage error (exit 2)", () => {
    expect(run(["--help"])).toMatchObject({ code: 0, stderr: "" });
    const error = run(["check"]);
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/^sk-conformance: check needs exactly one log file\nUsage:/);
  });

  it("reports a library error on stderr with exit 1", () => {
    const missing = run(["check", "no-such-log.json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^sk-conformance: EVENT_LOG_READ: event log .*no-such-log\.json: expected a readable file/);
    expect(missing.stderr).not.toContain("FIXTURE");
    const notJson = run(["check", "README.md"]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/^sk-conformance: EVENT_LOG_READ: event log .*README\.md: expected valid JSON \(rule: json\)/);
    const notALog = run(["check", "manifest.json"]);
    expect(notALog).toMatchObject({ code: 1, stdout: "" });
    expect(notALog.stderr).toContain("INVALID_ARGUMENT: log: expected an array of event envelopes");
  });
});
