import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { reduceCollaborationEvents } from "@sk/collab-reducer";
import { describe, expect, it } from "vitest";
import { stableJson } from "../../src/output/stable-json.ts";
import { beat, event, identity, join_, smallMission, tempDir, writeJsonl } from "../support/events.ts";
import { runCli } from "../support/run-cli.ts";

const expectedJson = (events: readonly unknown[], mode: "strict" | "permissive" = "strict") =>
  stableJson(reduceCollaborationEvents(events as never, { mode }));

describe("sk-events reduce --format json", () => {
  it("prints the state of a one-mission log, equal to the library's, keys sorted", async () => {
    const events = smallMission();
    const path = writeJsonl(tempDir(), "log.jsonl", events);
    const result = await runCli(["reduce", path, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(expectedJson(events));
    expect(result.stderr).toBe("");
  });

  it("is the default when stdout is not a terminal; summary is the default on a terminal", async () => {
    const path = writeJsonl(tempDir(), "log.jsonl", smallMission());
    expect(JSON.parse((await runCli(["reduce", path])).stdout).mission_id).toBe("m-1");
    expect((await runCli(["reduce", path], { stdoutTTY: true })).stdout).toContain("Participants");
  });

  it("gives the same state for any arrival order (shuffled: the batch path), with duplicates", async () => {
    const events = smallMission();
    const shuffled = [events[8], events[3], events[0], events[5], events[8], events[2], events[7], events[1], events[6], events[4]];
    const path = writeJsonl(tempDir(), "shuffled.jsonl", shuffled);
    for (const mode of ["strict", "permissive"]) {
      const result = await runCli(["reduce", path, "--format", "json", "--mode", mode]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(expectedJson(events));
    }
  });

  it("partitions a log of several missions by aggregate_id; --mission picks one", async () => {
    const first = smallMission("m-1");
    const second = smallMission("m-2", 100);
    const path = writeJsonl(tempDir(), "two.jsonl", [...second.slice(0, 4), ...first, ...second.slice(4)]);
    const both = JSON.parse((await runCli(["reduce", path, "--format", "json"])).stdout);
    expect(Object.keys(both)).toEqual(["mission/m-1", "mission/m-2"]);
    expect(stableJson(both["mission/m-2"])).toBe(expectedJson(second));
    const one = await runCli(["reduce", path, "--format", "json", "--mission", "m-2"]);
    expect(one.stdout).toBe(expectedJson(second));
    const byAggregate = await runCli(["reduce", path, "--format", "json", "--mission", "mission/m-1"]);
    expect(byAggregate.stdout).toBe(expectedJson(first));
    const missing = await runCli(["reduce", path, "--mission", "m-9"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no events of mission m-9");
  });

  it("prints the empty state for a log without collaboration events", async () => {
    const path = writeJsonl(tempDir(), "empty.jsonl", [{ ...event(1, "WPStatusChanged", {}), aggregate_id: "feature/x" }]);
    const result = await runCli(["reduce", path, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(expectedJson([]));    const summary = await runCli(["reduce", path, "--format", "summary"]);
    expect(summary.stdout).toBe("no events for this reducer in the log\n");
  });

  it("seeds the roster from --roster (an object or an array of identities)", async () => {
    const dir = tempDir();
    const path = writeJsonl(dir, "window.jsonl", [beat(5, "ghost")]);
    const objectRoster = join(dir, "roster.json");
    writeFileSync(objectRoster, JSON.stringify({ ghost: identity("ghost", "llm_context") }));
    const arrayRoster = join(dir, "roster-array.json");
    writeFileSync(arrayRoster, JSON.stringify([identity("ghost", "llm_context")]));
    for (const roster of [objectRoster, arrayRoster]) {
      const result = await runCli(["reduce", path, "--format", "json", "--roster", roster]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).presence).toEqual({ ghost: "2026-03-01T09:00:05Z" });
    }
  });

  it.each([
    ["not JSON", "{", "cannot read roster"],
    ["a number", "42", "expected an object participant_id"],
    ["an invalid identity", JSON.stringify({ ghost: { participant_id: "ghost", participant_type: "robot" } }), "roster"],
    ["an invalid identity in an array", JSON.stringify([{ participant_id: "" , participant_type: "human" }]), "/0"],
  ])("rejects a roster that is %s (exit 2)", async (_name, text, message) => {
    const dir = tempDir();
    const path = writeJsonl(dir, "log.jsonl", smallMission());
    const roster = join(dir, "roster.json");
    writeFileSync(roster, text);
    const result = await runCli(["reduce", path, "--roster", roster]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("rejects a missing roster file", async () => {
    const path = writeJsonl(tempDir(), "log.jsonl", smallMission());
    expect((await runCli(["reduce", path, "--roster", "/nonexistent.json"])).code).toBe(2);
  });

  it("reads gzip from standard input, and falls back to the batch path on a shuffled stdin", async () => {
    const { gzipSync } = await import("node:zlib");
    const events = smallMission();
    const text = [...events].reverse().map((line) => JSON.stringify(line)).join("\n");
    const result = await runCli(["reduce", "-", "--format", "json"], { stdin: gzipSync(text) });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(expectedJson(events));
  });
});

describe("sk-events reduce in strict mode", () => {
  it("exits 3 on a rejected event and names code, event_id, event_type, message and line", async () => {
    const ghost = beat(3, "ghost");
    const path = writeJsonl(tempDir(), "log.jsonl", [join_(1, "ana"), beat(2, "ana"), ghost]);
    const text = await runCli(["reduce", path, "--format", "summary"]);
    expect(text.code).toBe(3);
    expect(text.stdout).toBe("");
    expect(text.stderr).toContain(`strict mode rejected ${path}:3`);
    expect(text.stderr).toContain("code:       UNKNOWN_PARTICIPANT");
    expect(text.stderr).toContain(`event_id:   ${ghost.event_id}`);
    expect(text.stderr).toContain("event_type: PresenceHeartbeat");
    expect(text.stderr).toContain("ghost");
    const json = await runCli(["reduce", path, "--format", "json"]);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toEqual({
      error: { code: "UNKNOWN_PARTICIPANT", file: path, line: 3, event_id: ghost.event_id, event_type: "PresenceHeartbeat", message: expect.stringContaining("ghost") },
    });
  });

  it("exits 3 naming the line of text that is not JSON or not a valid envelope", async () => {
    const path = writeJsonl(tempDir(), "log.jsonl", [join_(1, "ana"), "", "{nope"]);
    const result = await runCli(["reduce", path, "--format", "json"]);
    expect(result.code).toBe(3);
    expect(JSON.parse(result.stdout).error).toMatchObject({ code: "NOT_JSON", line: 3, event_id: null, event_type: null });
    const invalid = { ...beat(2, "ana"), lamport_clock: -1 };
    const second = writeJsonl(tempDir(), "log.jsonl", [join_(1, "ana"), invalid]);
    const text = await runCli(["reduce", second, "--format", "summary"]);
    expect(text.code).toBe(3);
    expect(text.stderr).toContain(`${second}:2: not a valid envelope: /lamport_clock`);
    expect(text.stderr).toContain("INVALID_ENVELOPE");
  });

  it("leaves out other reducers' types without checking them", async () => {
    const foreign = { event_type: "WPStatusChanged", nonsense: true };
    const path = writeJsonl(tempDir(), "log.jsonl", [join_(1, "ana"), foreign]);
    expect((await runCli(["reduce", path, "--format", "json"])).code).toBe(0);
  });
});

describe("sk-events reduce in permissive mode", () => {
  it("reports skipped lines on stderr with their line numbers, counts them and goes on", async () => {
    const ghost = beat(3, "ghost");
    const lines = [join_(1, "ana"), "{nope", { ...beat(2, "ana"), event_id: "bad" }, ghost];
    const path = writeJsonl(tempDir(), "log.jsonl", lines);
    const result = await runCli(["reduce", path, "--mode", "permissive", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${path}:2: skipped (NOT_JSON): not JSON`);
    expect(result.stderr).toContain(`${path}:3: skipped (INVALID_ENVELOPE): not a valid envelope: /event_id`);
    expect(result.stdout).toBe(expectedJson([join_(1, "ana"), ghost], "permissive"));
    const summary = await runCli(["reduce", path, "--mode", "permissive", "--format", "summary"]);
    expect(summary.stdout).toContain("2 line(s) skipped");
    expect(summary.stdout).toContain("Anomalies");
    expect(summary.stdout).toContain("Unknown participant 'ghost'");
  });

  it("names invalid lines the live reducer refused (validated once, by the reducer) and makes no mission of them", async () => {
    const other = { ...beat(2, "bob", "m-2"), lamport_clock: -1 };
    const lines = [join_(1, "ana"), other, 5, null, beat(3, "ana")];
    const path = writeJsonl(tempDir(), "log.jsonl", lines);
    const result = await runCli(["reduce", path, "--mode", "permissive", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(expectedJson([join_(1, "ana"), beat(3, "ana")], "permissive"));
    for (const line of [2, 3, 4]) expect(result.stderr).toContain(`${path}:${line}: skipped (INVALID_ENVELOPE): not a valid envelope`);
    // With --mission, another mission's invalid line is reported all the same.
    const picked = await runCli(["reduce", path, "--mode", "permissive", "--format", "json", "--mission", "m-1"]);
    expect(picked.stdout).toBe(result.stdout);
    expect(picked.stderr).toBe(result.stderr);
  });

  it("reports each skipped line once when the streaming pass starts over", async () => {
    const events = smallMission();
    const lines = [events[1], "{nope", events[0], ...events.slice(2), "{again"];
    const path = writeJsonl(tempDir(), "log.jsonl", lines);
    const result = await runCli(["reduce", path, "--mode", "permissive", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stderr.match(/:2: skipped/g)).toHaveLength(1);
    expect(result.stderr.match(/:11: skipped/g)).toHaveLength(1);
  });
});

describe("sk-events reduce usage", () => {
  it("rejects unknown reducers and modes (exit 2)", async () => {
    const path = writeJsonl(tempDir(), "log.jsonl", smallMission());
    const reducer = await runCli(["reduce", path, "--reducer", "nope"]);
    expect(reducer.code).toBe(2);
    expect(reducer.stderr).toContain("Allowed choices are collab");
    expect((await runCli(["reduce", path, "--mode", "lenient"])).code).toBe(2);
  });
});
