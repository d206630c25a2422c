import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, cpSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reduceCollaborationEvents } from "@sk/collab-reducer";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../support/run-cli.ts";

const logPath = join(repoRoot, "fixtures/sample/quick-start.jsonl");
const events = readFileSync(logPath, "utf8").trim().split("\n").map((line) => JSON.parse(line));

describe("the quick-start log (fixtures/sample/quick-start.jsonl)", () => {
  it("is exactly what its seeded generator writes", () => {
    const scratch = mkdtempSync(join(tmpdir(), "sk-quick-start-"));
    try {
      mkdirSync(join(scratch, "scripts"));
      mkdirSync(join(scratch, "fixtures/sample"), { recursive: true });
      for (const script of ["generate-quick-start-log.mjs", "seeded-random.mjs"]) cpSync(join(repoRoot, "scripts", script), join(scratch, "scripts", script));
      execFileSync(process.execPath, [join(scratch, "scripts/generate-quick-start-log.mjs")], { stdio: "ignore" });
      expect(readFileSync(join(scratch, "fixtures/sample/quick-start.jsonl"), "utf8")).toBe(readFileSync(logPath, "utf8"));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("is a realistic mission: several hundred events that reduce cleanly in strict mode", () => {
    expect(events.length).toBeGreaterThanOrEqual(300);
    const state = reduceCollaborationEvents(events);
    expect(state.anomalies).toEqual([]);
    const types = Object.values(state.participants).map((identity) => identity.participant_type);
    expect(types).toContain("human");
    expect(types).toContain("llm_context");
    expect(Object.keys(state.departed_participants)).toHaveLength(1);
    expect(Object.values(state.participants_by_focus).some((ids) => ids.length > 1)).toBe(true);
    expect(state.active_drivers.length).toBeGreaterThan(1);
    expect(state.decisions.length).toBeGreaterThan(1);
    expect(state.comments.length).toBeGreaterThan(5);
    const unanswered = state.warnings.filter((warning) => warning.participant_ids.some((id) => !Object.hasOwn(warning.acknowledgements, id)));
    expect(unanswered).toHaveLength(1);
    expect(state.warnings.some((warning) => Object.keys(warning.acknowledgements).length === warning.participant_ids.length)).toBe(true);
  });

  it("validates and summarises", async () => {
    expect((await runCli(["validate", logPath])).code).toBe(0);
    const summary = await runCli(["reduce", logPath, "--format", "summary"]);
    expect(summary.code).toBe(0);
    for (const heading of ["Participants", "Focus", "Warnings", "Decisions", "Comments (last 5 of", "Anomalies"]) expect(summary.stdout).toContain(heading);
    expect(summary.stdout).toContain("departed");
    expect(summary.stdout).toContain("overlap (2)");
  });
});
