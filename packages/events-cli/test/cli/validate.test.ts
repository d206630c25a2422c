import { describe, expect, it } from "vitest";
import { beat, event, join_, smallMission, tempDir, writeJsonl } from "../support/events.ts";
import { runCli } from "../support/run-cli.ts";

describe("sk-events validate", () => {
  it("exits 0 and prints the counts per type for a valid log", async () => {
    const path = writeJsonl(tempDir(), "ok.jsonl", smallMission());
    const result = await runCli(["validate", path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("ParticipantJoined");
    expect(result.stdout).toMatch(/│ ParticipantJoined\s+│ collaboration │ 2\s+│ 0\s+│/);
    expect(result.stdout).toContain(`${path}: all 9 elements valid`);
  });

  it("prints one line per violation, FILE:LINE event_id pointer: rule (value), and exits 1", async () => {
    const bad = event(3, "DriveIntentSet", { participant_id: "ana", intent: "sometimes" });
    const noId = { ...join_(4, "ben"), event_id: "nope" };
    const path = writeJsonl(tempDir(), "bad.jsonl", [join_(1, "ana"), "", "{oops", bad, noId]);
    const result = await runCli(["validate", path]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split("\n");
    expect(lines).toContain(`${path}:3 - (root): json (not JSON: ${lines.find((line) => line.includes(":3 "))!.split("(not JSON: ")[1]!.slice(0, -1)})`);
    expect(lines).toContain(`${path}:4 ${bad.event_id} /payload/intent: enum ("sometimes")`);
    expect(lines).toContain(`${path}:5 nope /event_id: pattern ("nope")`);
    expect(result.stdout).toContain("3 of 4 elements invalid");
    expect(result.stdout).toMatch(/│ \(not JSON\)\s+│ unknown\s+│ 0\s+│ 1\s+│/);
  });

  it("reports a broken mission mapping and an element without event_type", async () => {
    const wrongAggregate = { ...beat(2, "ana"), aggregate_id: "mission/other" };
    const path = writeJsonl(tempDir(), "map.jsonl", [join_(1, "ana"), wrongAggregate, { hello: "world" }]);
    const result = await runCli(["validate", path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${path}:2 ${wrongAggregate.event_id} /aggregate_id: missionMapping ("mission/other")`);
    expect(result.stdout).toContain(`${path}:3 - /event_id: required (missing)`);
    expect(result.stdout).toContain("(no event_type)");
  });

  it("counts unknown types without failing, unless --strict-types", async () => {
    const other = { ...event(2, "DeploymentFinished", { service: "api" }), aggregate_id: "deploy/api" };
    const path = writeJsonl(tempDir(), "mixed.jsonl", [join_(1, "ana"), other]);
    const lenient = await runCli(["validate", path]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain("1 of a type no installed package knows (not checked beyond the envelope)");
    const strict = await runCli(["validate", path, "--strict-types"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(`${path}:2 ${other.event_id} /event_type: knownEventType ("DeploymentFinished")`);
    expect(strict.stdout).toContain("1 of a type no installed package knows");
  });

  it("prints one JSON report with --format json", async () => {
    const bad = event(2, "PresenceHeartbeat", { participant_id: "" });
    const path = writeJsonl(tempDir(), "bad.jsonl", [join_(1, "ana"), bad]);
    const result = await runCli(["validate", path, "--format", "json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      file: path,
      valid: false,
      elements: 2,
      invalid_elements: 1,
      unknown_type_elements: 0,
      types: { ParticipantJoined: { domain: "collaboration", valid: 1, invalid: 0 }, PresenceHeartbeat: { domain: "collaboration", valid: 0, invalid: 1 } },
    });
    expect(report.problems).toEqual([
      { file: path, line: 2, event_id: bad.event_id, pointer: "/payload/participant_id", rule: "minLength", value: "", message: expect.stringContaining("participant_id") },
    ]);
  });

  it("reports a naive timestamp as a warning, not a violation", async () => {
    const naive = { ...beat(2, "ana"), timestamp: "2026-03-03T09:12:07.381370" };
    const noId = { timestamp: "2026-03-03T09:12:08", event_type: "PresenceHeartbeat" };
    const path = writeJsonl(tempDir(), "naive.jsonl", [join_(1, "ana"), naive, 42, noId]);
    const text = await runCli(["validate", path]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${path}:2 ${naive.event_id} /timestamp: warning TIMESTAMP_WITHOUT_OFFSET ("2026-03-03T09:12:07.381370")`);
    expect(text.stdout).toContain(`${path}:3 - (root): type (42)`);
    expect(text.stdout).toContain(`${path}:4 - /timestamp: warning TIMESTAMP_WITHOUT_OFFSET ("2026-03-03T09:12:08")`);
    expect(text.stdout).toContain("2 of 4 elements invalid; 2 warnings");
    const one = await runCli(["validate", writeJsonl(tempDir(), "one.jsonl", [join_(1, "ana"), naive])]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("all 2 elements valid; 1 warning\n");
    const json = JSON.parse((await runCli(["validate", path, "--format", "json"])).stdout);
    expect(json.valid).toBe(false);
    expect(json.warnings.slice(0, 1)).toEqual([
      { file: path, line: 2, event_id: naive.event_id, pointer: "/timestamp", code: "TIMESTAMP_WITHOUT_OFFSET", value: naive.timestamp, message: expect.stringContaining("offset") },
    ]);
  });

  it("reads standard input with -", async () => {
    const text = smallMission().map((line) => JSON.stringify(line)).join("\n");
    const result = await runCli(["validate", "-"], { stdin: text });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("-: all 9 elements valid");
  });

  it("exits 2 on a missing file, a directory or a bad option", async () => {
    const missing = await runCli(["validate", "/nonexistent/log.jsonl"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read /nonexistent/log.jsonl");
    expect((await runCli(["validate", tempDir()])).stderr).toContain("not a file");
    const badFormat = await runCli(["validate", "x", "--format", "xml"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("xml");
    expect((await runCli(["validate"])).code).toBe(2);
  });

  it("exits 2 on a corrupt gzip", async () => {
    const path = writeJsonl(tempDir(), "x", []);
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, Buffer.from([0x1f, 0x8b, 9, 9, 9]));
    const result = await runCli(["validate", path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Z_DATA_ERROR");
  });
});
