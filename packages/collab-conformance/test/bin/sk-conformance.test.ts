import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageDir, sourceFixturesDir } from "../support/paths.js";

const bin = join(packageDir, "dist/bin/sk-conformance.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

describe("the built sk-conformance bin", () => {
  it("is declared in package.json and starts with a node shebang", () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(manifest.bin).toEqual({ "sk-conformance": "./dist/bin/sk-conformance.js" });
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("exits 0 on a passing suite and 1 on a failing check", () => {
    const suite = run("--json");
    expect(suite.status).toBe(0);
    expect((JSON.parse(suite.stdout) as { failed: unknown[] }).failed).toEqual([]);
    expect(run("check", join(sourceFixturesDir, "sample/mission-log.json")).status).toBe(0);
    expect(run("check", join(sourceFixturesDir, "scenarios/missing-required-fields.json")).status).toBe(1);
    expect(run("--nope").status).toBe(2);
  });
});
