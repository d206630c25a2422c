import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageDir, repoRoot, runCli } from "../support/run-cli.ts";

const bin = join(packageDir, "dist/bin/sk-events.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", input, env: { ...process.env, NO_COLOR: "1" } });

describe("the built sk-events bin", () => {
  it("is declared in package.json and starts with a node shebang", () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(manifest.bin).toEqual({ "sk-events": "./dist/bin/sk-events.js" });
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("sets the exit code of the process", () => {
    const log = join(repoRoot, "fixtures/sample/quick-start.jsonl");
    expect(run(["validate", log]).status).toBe(0);
    const reduced = run(["reduce", "-"], readFileSync(log, "utf8"));
    expect(reduced.status).toBe(0);
    expect(JSON.parse(reduced.stdout).mission_id).toBe("checkout-redesign");
    expect(run(["validate", "-"], "{oops\n").status).toBe(1);
    const rejected = run(["reduce", "-"], "{\"event_type\": \"PresenceHeartbeat\"}\n");
    expect(rejected.status, rejected.stderr).toBe(3);
    expect(run(["nope"]).status).toBe(2);
  });

  it("ends quietly when the reader of its output stops early (| head)", () => {
    const log = join(repoRoot, "fixtures/sample/quick-start.jsonl");
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" reduce "${log}" --format json | head -c 10`], { encoding: "utf8" });
    expect(result.stdout).toBe("{\n  \"activ");
    expect(result.stderr).toBe("");
  });

  it("reads files in a worker thread and prints exactly what reading them in-process prints", async () => {
    for (const file of ["quick-start.jsonl", "mission-log.json"]) {
      const log = join(repoRoot, "fixtures/sample", file);
      for (const args of [["validate", log], ["validate", log, "--format", "json"], ["stats", log, "--format", "json"], ["reduce", log, "--format", "json"], ["reduce", log, "--format", "summary"]]) {
        const inProcess = await runCli(args);
        const built = run(args);
        expect({ code: built.status, stdout: built.stdout, stderr: built.stderr }, args.join(" ")).toEqual({ code: inProcess.code, stdout: inProcess.stdout, stderr: inProcess.stderr });
      }
    }
  });
});
