import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main, USAGE } from "../../src/cli/main.js";
import { entry, tempFixtures } from "../support/temp-fixtures.js";

function run(argv: string[], cwd = "/") {
  let stdout = "";
  let stderr = "";
  const code = main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}

describe("sk-lifecycle-conformance", () => {
  it("runs every fixture and prints the report; exit 0", () => {
    const result = run([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^@sk status and lifecycle conformance \(contracts 0\.0\.0\)\n\d+ passed, 0 failed, 0 skipped\n$/);
  });

  it("--json prints the report; --domain filters", () => {
    const result = run(["--json", "--domain", "lifecycle"]);
    expect(JSON.parse(result.stdout)).toMatchObject({ contractsVersion: "0.0.0", failed: [], skipped: [] });
    expect(run(["--domain", "status", "--json"]).code).toBe(0);
  });

  it("--fixtures runs another tree (relative to the working directory); a failure exits 1", () => {
    const dir = tempFixtures({
      "lifecycle/manifest.json": { format_version: 1, fixtures: [entry({ id: "f", path: "payloads/PhaseEntered/f.json", kind: "payload", event_type: "PhaseEntered" })] },
      "lifecycle/payloads/PhaseEntered/f.json": {},
    });
    const result = run(["--fixtures", "."], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("FAIL f: expected valid, both layers report violations");
  });

  it("a broken fixture tree exits 1 with the error's code", () => {
    const dir = tempFixtures({ "lifecycle/manifest.json": "[" });
    const result = run(["--fixtures", dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^sk-lifecycle-conformance: LIFECYCLE_FIXTURE_LOAD: /);
  });

  it("--help prints the usage; a usage error exits 2", () => {
    expect(run(["--help"])).toEqual({ code: 0, stdout: USAGE, stderr: "" });
    expect(run(["-h"]).code).toBe(0);
    for (const argv of [["--mode", "strict"], ["check"], ["--domain", "collab"], ["--fixtures"]]) {
      const result = run(argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stderr).toContain(USAGE);
    }
  });

  it("the built bin runs from the command line", () => {
    const bin = fileURLToPath(new URL("../../dist/bin/sk-lifecycle-conformance.js", import.meta.url));
    expect(execFileSync(process.execPath, [bin, "--domain", "lifecycle"], { encoding: "utf8" })).toMatch(/ passed, 0 failed, 0 skipped\n$/);
  });
});

it("rethrows what is not a library error", async () => {
  const { vi } = await import("vitest");
  vi.resetModules();
  vi.doMock("../../src/run/run-conformance.js", () => ({
    runConformance: () => {
      throw new TypeError("bug");
    },
    formatReport: () => "",
  }));
  const { main: mocked } = await import("../../src/cli/main.js");
  expect(() => mocked([], { stdout: () => {}, stderr: () => {}, cwd: "/" })).toThrow(TypeError);
  vi.doUnmock("../../src/run/run-conformance.js");
  vi.resetModules();
});
