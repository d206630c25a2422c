import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ArgumentError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import { checkEventLog, eventsOfLog } from "../../src/cli/check-event-log.js";
import { formatEventLogCheck, summariseState } from "../../src/cli/format-event-log-check.js";
import { sourceFixturesDir } from "../support/paths.js";

const sample = JSON.parse(readFileSync(join(sourceFixturesDir, "sample/mission-log.json"), "utf8")) as Record<string, unknown>[];
const scenario = (name: string) => JSON.parse(readFileSync(join(sourceFixturesDir, `scenarios/${name}.json`), "utf8")) as { events: Record<string, unknown>[] };

describe("checkEventLog", () => {
  it("validates every event of the sample log and reduces it in strict mode without anomalies", () => {
    const check = checkEventLog(sample);
    expect(check.ok).toBe(true);
    expect(check.events).toHaveLength(41);
    expect(check.events.every((event) => event.valid && event.payload?.valid === true)).toBe(true);
    if (!("state" in check.reduction)) throw new Error("expected a state");
    expect(check.reduction.mode).toBe("strict");
    expect(check.reduction.state.event_count).toBe(40);
    expect(check.reduction.state.anomalies).toEqual([]);
    expect(Object.keys(check.reduction.state.participants).sort()).toEqual(["prt-ana", "prt-ben", "prt-claude-a"]);
  });

  it("reports a strict-mode rejection instead of throwing, and reduces permissively on request", () => {
    const { events } = scenario("unknown-participant-strict");
    const strict = checkEventLog({ events });
    expect(strict.ok).toBe(false);
    expect(strict.events.every((event) => event.valid)).toBe(true);
    expect(strict.reduction).toMatchObject({ mode: "strict", error: { code: "UNKNOWN_PARTICIPANT", event_id: expect.any(String) } });
    const permissive = checkEventLog(events, { mode: "permissive" });
    expect(permissive.ok).toBe(true);
    expect("state" in permissive.reduction && permissive.reduction.state.anomalies).toHaveLength(2);
  });

  it("flags invalid envelopes and payloads, skips non-collaboration events, and reduces what it can", () => {
    const [first, second] = sample;
    const log = [{ ...first, event_id: "nope" }, { ...second, payload: { mission_id: "mission-checkout-v3" } }, { ...first, event_type: "MissionStarted" }];
    const check = checkEventLog(log, { mode: "permissive" });
    expect(check.ok).toBe(false);
    expect(check.events.map((event) => [event.valid, event.payload === null])).toEqual([
      [false, true],
      [false, false],
      [true, true],
    ]);
    expect(check.events[0]?.event_id).toBe("nope");
    expect("state" in check.reduction && check.reduction.state.event_count).toBe(1);
    const text = formatEventLogCheck(check);
    expect(text).toContain("Validation (TypeBox + Ajv): 1 of 3 events valid\nFAIL #0 nope ");
    expect(text).toContain("       envelope: typebox pattern at /event_id; ajv pattern at /event_id");
    expect(text).toContain("       payload: typebox required at /participant_id, required at /participant_identity; ajv required at /participant_id, required at /participant_identity");
    expect(text).toContain("ok   #2 ");
    expect(text).toContain(" MissionStarted (not a collaboration event: ignored by the reducer)");
    expect(text).toMatch(/anomalies: 1\n {4}\w+ ParticipantJoined: .+\nFAILED\n$/);
  });

  it("accepts a naive timestamp and reports its warning, without failing the log", () => {
    const naive = sample.map((event) => ({ ...event, timestamp: String(event["timestamp"]).replace(/(?:Z|[+-]\d\d:\d\d)$/, "") }));
    const check = checkEventLog(naive);
    expect(check.ok).toBe(true);
    expect(check.events.every((event) => event.warnings.map((warning) => warning.code).join() === "TIMESTAMP_WITHOUT_OFFSET")).toBe(true);
    expect(checkEventLog(sample).events.every((event) => event.warnings.length === 0)).toBe(true);
    const text = formatEventLogCheck(check);
    expect(text).toMatch(/^ok {3}#0 \S+ \w+\n {7}warning TIMESTAMP_WITHOUT_OFFSET: \/timestamp: no offset/m);
    expect(text.endsWith("OK\n")).toBe(true);
  });

  it("validates an absent payload as {}", () => {
    const { payload: _payload, ...withoutPayload } = sample.find((event) => event["event_type"] === "PresenceHeartbeat") as Record<string, unknown>;
    const [check] = checkEventLog([withoutPayload], { mode: "permissive" }).events;
    expect(check?.envelope.valid).toBe(true);
    expect(check?.payload?.typebox.violations.map((violation) => violation.path)).toEqual(["/mission_id", "/participant_id"]);
  });

  it("names events without an id or a type", () => {
    const text = formatEventLogCheck(checkEventLog([42, { event_type: 7 }]));
    expect(text).toContain("FAIL #0 (no event_id) (no event_type)");
    expect(text).toContain("Reduced state (strict mode):\n  mission: (none)\n  events: 0 processed, last (none)\n  participants: 0 active, 0 departed\n");
  });

  it("formats a rejection", () => {
    const text = formatEventLogCheck(checkEventLog(scenario("missing-required-fields").events));
    expect(text).toMatch(/Reduction failed \(strict mode\): PAYLOAD_VALIDATION at \w{26}\n {2}CommentPosted payload of event \w{26} is invalid/);
    expect(text.endsWith("FAILED\n")).toBe(true);
  });

  it("rejects a log that is not a list of events, and a bad mode", () => {
    expect(eventsOfLog({ events: [1] })).toEqual([1]);
    expect(() => eventsOfLog({ items: [] })).toThrow(ArgumentError);
    expect(() => eventsOfLog(null)).toThrow(ArgumentError);
    expect(() => checkEventLog([], { mode: "lenient" as "strict" })).toThrow(ArgumentError);
  });
});

describe("summariseState", () => {
  it("lists participants, drivers, focus, executions, warnings and anomalies", () => {
    const check = checkEventLog(scenario("step-collision-llm").events);
    if (!("state" in check.reduction)) throw new Error("expected a state");
    expect(summariseState(check.reduction.state).slice(2)).toEqual([
      "  participants: 2 active (prt-claude-a, prt-claude-b), 0 departed",
      "  active drivers: prt-claude-a",
      "  focus: step:step-vat-rounding <- prt-claude-a, prt-claude-b",
      "  executions in flight: prt-claude-b: step-vat-rounding",
      "  warnings: 1 (w-collision-vat: 1 ack(s))",
      "  decisions: 0, comments: 0, linked sessions: 0",
      "  anomalies: 0",
    ]);
  });
});
