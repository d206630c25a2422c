import { describe, expect, it } from "vitest";
import { event, join_, smallMission, tempDir, writeJsonl } from "../support/events.ts";
import { runCli } from "../support/run-cli.ts";

describe("sk-events stats", () => {
  it("counts per type, mission and participant; ranges; duplicates; lateness", async () => {
    const events = smallMission();
    const conflicting = { ...events[7]!, node_id: "other-node" };
    const lines = [events[0], events[2], events[1], ...events.slice(3), events[4], conflicting, "{nope", { event_type: "X" }];
    const path = writeJsonl(tempDir(), "log.jsonl", lines);
    const result = await runCli(["stats", path, "--format", "json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      file: path,
      elements: 13,
      events: 11,
      not_json: 1,
      invalid_envelopes: 1,
      missions: { "mission/m-1": 11 },
      participants: { ana: 7, ben: 5 },
      lamport_range: { min: 1, max: 9 },
      time_range: { first: "2026-03-01T09:00:01Z", last: "2026-03-01T09:00:09Z" },
      duplicates: { copies: 1, conflicting_ids: 1 },
      // events[2] arrived before events[1]; the copy of events[4] and the conflicting events[7] after later ones.
      order: { late_events: 3, max_positions: 4, max_lamport: 4 },
    });
    expect(report.event_types).toEqual({
      ConcurrentDriverWarning: 1,
      DriveIntentSet: 1,
      FocusChanged: 3,
      ParticipantJoined: 2,
      PresenceHeartbeat: 3,
      WarningAcknowledged: 1,
    });
  });

  it("prints readable text", async () => {
    const path = writeJsonl(tempDir(), "log.jsonl", smallMission());
    const result = await runCli(["stats", path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${path}: 9 elements, 9 valid envelopes`);
    expect(result.stdout).toContain("lamport clock: 1 .. 9");
    expect(result.stdout).toContain("order: canonical");
    expect(result.stdout).toContain("no conflicting ids");
    const reversed = [...smallMission()].reverse();
    const withoutPayload = { ...reversed[0]! };
    delete (withoutPayload as Record<string, unknown>)["payload"];
    const dups = writeJsonl(tempDir(), "dups.jsonl", [reversed[1], reversed[1], reversed[1], { ...reversed[1]!, node_id: "n2" }, { ...withoutPayload, event_id: "01ZZZZZZZZZZZZZZZZZZZZZZZZ" }]);
    expect((await runCli(["stats", dups])).stdout).toContain("duplicates: 2 redelivered copies, 1 ids with conflicting content");
    const late = writeJsonl(tempDir(), "late.jsonl", [...reversed, "x"]);
    const text = (await runCli(["stats", late])).stdout;
    expect(text).toContain("8 events arrive late; largest lateness 8 positions, 8 lamport ticks");
    expect(text).toContain("(1 not JSON, 0 invalid envelopes)");
  });

  it("lists the 20 largest counts in text and all of them in JSON", async () => {
    const lines = [join_(1, "p-0"), ...Array.from({ length: 25 }, (_, at) => event(at + 2, `Type${String(at).padStart(2, "0")}`, {}))];
    const path = writeJsonl(tempDir(), "many.jsonl", lines);
    const text = (await runCli(["stats", path])).stdout;
    expect(text).toContain("... and 6 more (--format json lists all)");
    expect(Object.keys(JSON.parse((await runCli(["stats", path, "--format", "json"])).stdout).event_types)).toHaveLength(26);
  });

  it("handles an empty log", async () => {
    const path = writeJsonl(tempDir(), "empty.jsonl", []);
    const json = JSON.parse((await runCli(["stats", path, "--format", "json"])).stdout);
    expect(json).toMatchObject({ elements: 0, events: 0, lamport_range: null, time_range: null, order: { late_events: 0, max_positions: 0, max_lamport: 0 } });
    const text = (await runCli(["stats", path])).stdout;
    expect(text).toContain("lamport clock: -");
    expect(text).toContain("none");
  });
});
