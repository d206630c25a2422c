import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { reduceLifecycleEvents } from "@sk/lifecycle-reducer";
import { reduceStatusEvents } from "@sk/status-reducer";
import { describe, expect, it } from "vitest";
import { stableJson } from "../../src/output/stable-json.ts";
import { event, tempDir, writeJsonl } from "../support/events.ts";
import { runCli } from "../support/run-cli.ts";

const transition = (n: number, wp_id: string, from_lane: string | null, to_lane: string, extra: Record<string, unknown> = {}, mission = "m-1") => ({
  ...event(n, "WPStatusChanged", {}, mission),
  payload: { feature_slug: "checkout", wp_id, from_lane, to_lane, actor: "ana", force: false, execution_mode: "worktree", ...extra },
});
const evidence = { repos: [{ repo: "shop", branch: "wp01", commit: "abc123" }], verification: [], review: { reviewer: "carla", verdict: "approved" } };
const statusLog = [
  transition(1, "WP01", null, "planned"),
  transition(2, "WP01", "planned", "claimed"),
  transition(3, "WP01", "claimed", "in_progress"),
  transition(4, "WP01", "in_progress", "for_review"),
  transition(5, "WP01", "for_review", "done", { evidence }),
  transition(6, "WP02", null, "planned"),
  transition(7, "WP02", "planned", "done", { evidence }),
];
const mission = (n: number, event_type: string, payload: Record<string, unknown>, id = "m-1") => event(n, event_type, payload, id);
const lifecycleLog = [
  mission(1, "MissionStarted", { mission_type: "software-dev", initial_phase: "specify", actor: "ana" }),
  mission(2, "PhaseEntered", { phase_name: "implement", previous_phase: "specify", actor: "ana" }),
  transition(3, "WP01", null, "planned"),
  mission(4, "ReviewRollback", { review_ref: "PR-7", target_phase: "implement", affected_wp_ids: ["WP01"], actor: "carla" }),
  mission(5, "MissionCompleted", { mission_type: "software-dev", final_phase: "implement", actor: "ana" }),
  mission(6, "PhaseEntered", { phase_name: "late", actor: "ana" }),
];

describe("sk-events validate with the status, gate and lifecycle packages", () => {
  it("checks their payloads and counts them under their domain", async () => {
    const gate = (n: number, event_type: string, conclusion: string) => ({
      ...event(n, event_type, {}),
      aggregate_id: "gate/ci",
      payload: { gate_name: "ci", gate_type: "ci", conclusion, external_provider: "github", check_run_id: 42, check_run_url: "https://github.com/o/r/runs/42", delivery_id: "d-1", pr_number: null },
    });
    const badTransition = transition(2, "WP01", "planned", "done");
    const badGate = gate(4, "GatePassed", "failure");
    const unmapped = { ...mission(5, "MissionStarted", { mission_type: "x", initial_phase: "p", actor: "a" }), aggregate_id: "mission/other" };
    const noPhase = mission(6, "PhaseEntered", { actor: "a" });
    const path = writeJsonl(tempDir(), "mixed.jsonl", [transition(1, "WP01", null, "planned"), badTransition, gate(3, "GateFailed", "timed_out"), badGate, unmapped, noPhase]);
    const result = await runCli(["validate", path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${path}:2 ${badTransition.event_id} /payload`);
    expect(result.stdout).toContain(`${path}:4 ${badGate.event_id} /payload/conclusion`);
    expect(result.stdout).toContain(`${path}:5 ${unmapped.event_id} /aggregate_id: missionMapping ("mission/other")`);
    expect(result.stdout).toMatch(/│ WPStatusChanged\s+│ status\s+│ 1\s+│ 1\s+│/);
    expect(result.stdout).toMatch(/│ GateFailed\s+│ gate\s+│ 1\s+│ 0\s+│/);
    expect(result.stdout).toMatch(/│ MissionStarted\s+│ lifecycle\s+│ 0\s+│ 1\s+│/);
    expect(result.stdout).toContain(`${path}:6 ${noPhase.event_id} /payload/phase_name: required (missing)`);
  });
});

describe("sk-events reduce --reducer status", () => {
  it("prints the status reducer's state, and the lanes in the summary", async () => {
    const path = writeJsonl(tempDir(), "status.jsonl", [...statusLog].reverse());
    const json = await runCli(["reduce", path, "--reducer", "status", "--format", "json"]);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(stableJson(reduceStatusEvents(statusLog)));
    const summary = await runCli(["reduce", path, "--reducer", "status", "--format", "summary"]);
    expect(summary.stdout).toMatch(/│ WP01 │ done\s+│ 2026-03-01T09:00:05Z │ 1 repo\(s\), review: approved │/);
    expect(summary.stdout).toContain("Transition planned -> done is not allowed");
  });

  it("takes no roster (exit 2)", async () => {
    const dir = tempDir();
    const roster = join(dir, "roster.json");
    writeFileSync(roster, "{}");
    const result = await runCli(["reduce", writeJsonl(dir, "s.jsonl", statusLog), "--reducer", "status", "--roster", roster]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--roster applies to --reducer collab only");
  });
});

describe("sk-events reduce --reducer lifecycle", () => {
  it("prints the lifecycle state per mission, and the phase history in the summary", async () => {
    const other = lifecycleLog.slice(0, 2).map((element) => ({ ...element, event_id: element.event_id.replace("01", "02"), aggregate_id: "mission/m-2", payload: { ...element.payload, mission_id: "m-2" } }));
    const path = writeJsonl(tempDir(), "lifecycle.jsonl", [...lifecycleLog, ...other]);
    const json = JSON.parse((await runCli(["reduce", path, "--reducer", "lifecycle", "--format", "json"])).stdout);
    expect(stableJson(json["mission/m-1"])).toBe(stableJson(reduceLifecycleEvents(lifecycleLog)));
    expect(stableJson(json["mission/m-2"])).toBe(stableJson(reduceLifecycleEvents(other)));
    const summary = await runCli(["reduce", path, "--reducer", "lifecycle", "--mission", "m-1", "--format", "summary"]);
    expect(summary.stdout).toContain("status: completed; type: software-dev; current phase: implement");
    expect(summary.stdout).toContain("phases: specify -> implement -> implement");
    expect(summary.stdout).toContain("Event after terminal state (completed)");
    expect(summary.stdout).toMatch(/│ WP01 │ planned/);
    const unstarted = await runCli(["reduce", writeJsonl(tempDir(), "u.jsonl", [lifecycleLog[1]]), "--reducer", "lifecycle", "--format", "summary"]);
    expect(unstarted.stdout).toContain("Mission (not started)");
    expect(unstarted.stdout).toContain("status: not started");
    expect(unstarted.stdout).toContain("phases: none");
  });

  it("shows an active mission and blocked or canceled lanes", async () => {
    const log = [
      lifecycleLog[0]!,
      transition(2, "WP01", null, "planned"),
      transition(3, "WP01", "planned", "blocked"),
      transition(4, "WP02", null, "planned"),
      transition(5, "WP02", "planned", "canceled"),
    ];
    const summary = await runCli(["reduce", writeJsonl(tempDir(), "l.jsonl", log), "--reducer", "lifecycle", "--format", "summary"]);
    expect(summary.stdout).toContain("status: active");
    expect(summary.stdout).toMatch(/│ WP01 │ blocked/);
    expect(summary.stdout).toMatch(/│ WP02 │ canceled/);
    expect(summary.stdout).toContain("Anomalies\nnone");
  });
});
