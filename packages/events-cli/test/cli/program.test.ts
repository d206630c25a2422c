import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { smallMission, tempDir, writeJsonl } from "../support/events.ts";
import { packageDir, runCli } from "../support/run-cli.ts";

describe("sk-events", () => {
  it("prints its version", async () => {
    const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
    const result = await runCli(["--version"]);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it.each(["validate", "reduce", "stats", "schemas"])("has --help with an example on %s", async (command) => {
    const result = await runCli([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: sk-events ${command}`);
    expect(result.stdout).toContain("Examples:\n  $ sk-events");
    expect(result.stdout).toContain("Exit status:");
  });

  it("prints help with examples, and exits 2 without a command or on an unknown one", async () => {
    expect((await runCli(["--help"])).stdout).toContain("Examples:");
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage: sk-events");
    const unknown = await runCli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });

  it("colours only on a terminal and never with NO_COLOR", async () => {
    const path = writeJsonl(tempDir(), "log.jsonl", smallMission());
    const ansi = "\u001b[";
    expect((await runCli(["validate", path], { stdoutTTY: true })).stdout).toContain(ansi);
    expect((await runCli(["validate", path], { stdoutTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(ansi);
    expect((await runCli(["validate", path], { stdoutTTY: true, env: { NO_COLOR: "" } })).stdout).toContain(ansi);
    expect((await runCli(["validate", path])).stdout).not.toContain(ansi);
  });
});

describe("run", () => {
  it("lets a bug through instead of turning it into an exit status", async () => {
    const { Writable, PassThrough } = await import("node:stream");
    const { run } = await import("../../src/cli/run.ts");
    const bug = new TypeError("broken stdout");
    const stdout = new Writable({
      write() {
        throw bug;
      },
    });
    await expect(run(["schemas", "--out", tempDir()], { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {} })).rejects.toBe(bug);
  });
});
