import { describe, expect, it } from "vitest";
import type { ScenarioFixture, ValidationFixture } from "../../src/fixtures/fixture-types.js";
import { loadFixtures } from "../../src/fixtures/load-fixtures.js";
import { runFixture } from "../../src/run/run-fixture.js";

const payload = (value: unknown, expected: "valid" | "invalid", violation?: { rule: string; path: string }): ValidationFixture => ({
  id: "t",
  path: "payloads/DriveIntentSet/t.json",
  kind: "payload",
  event_type: "DriveIntentSet",
  expected,
  min_version: "0.1.0",
  notes: "t",
  ...(violation === undefined ? {} : { violation }),
  value,
});
const valid = { mission_id: "m", participant_id: "p", intent: "active" };

describe("runFixture on envelope and payload fixtures", () => {
  it("passes the expected outcome", () => {
    expect(runFixture(payload(valid, "valid"))).toEqual({ ok: true });
    expect(runFixture(payload({ ...valid, intent: "x" }, "invalid", { rule: "enum", path: "/intent" }))).toEqual({ ok: true });
    expect(runFixture(payload({ ...valid, intent: "x" }, "invalid"))).toEqual({ ok: true });
  });

  it("fails a valid value expected invalid, and an invalid one expected valid", () => {
    expect(runFixture(payload(valid, "invalid", { rule: "enum", path: "/intent" }))).toEqual({ ok: false, reason: "expected invalid, both layers accept the value", diff: "" });
    expect(runFixture(payload({ ...valid, intent: "x" }, "valid"))).toEqual({
      ok: false,
      reason: "expected valid, both layers report violations",
      diff: "  typebox: enum at /intent\n  ajv: enum at /intent",
    });
  });

  it("fails when the named rule is not the one that broke", () => {
    const outcome = runFixture(payload({ ...valid, intent: "x" }, "invalid", { rule: "required", path: "/intent" }));
    expect(outcome).toEqual({ ok: false, reason: "expected the TypeBox layer to report required at /intent", diff: "  typebox: enum at /intent\n  ajv: enum at /intent" });
  });

  it("checks the Ajv layer too (Ajv also reports the branches of a nullable field)", () => {
    const envelope = loadFixtures({ eventType: "Event" }).find((fixture) => fixture.id === "envelope-invalid-causation-id") as ValidationFixture;
    const outcome = runFixture({ ...envelope, violation: { rule: "type", path: "/causation_id" } });
    expect(outcome).toMatchObject({ ok: false, reason: "expected the TypeBox layer to report type at /causation_id" });
    expect(runFixture(envelope)).toEqual({ ok: true });
  });
});

describe("runFixture on envelope warnings", () => {
  const naive = loadFixtures({ eventType: "Event" }).find((fixture) => fixture.id === "envelope-valid-timestamp-without-offset") as ValidationFixture;

  it("passes when the parser reports exactly the expected warnings", () => {
    expect(naive.warnings).toEqual([{ code: "TIMESTAMP_WITHOUT_OFFSET", path: "/timestamp" }]);
    expect(runFixture(naive)).toEqual({ ok: true });
  });

  it("fails on a missing, an extra or a different warning", () => {
    const { warnings: _warnings, ...withoutWarnings } = naive;
    expect(runFixture(withoutWarnings)).toEqual({ ok: false, reason: "expected warnings none", diff: "  warnings: TIMESTAMP_WITHOUT_OFFSET at /timestamp" });
    const clean = { ...naive, value: { ...(naive.value as object), timestamp: "2026-03-02T09:00:15Z" } };
    expect(runFixture(clean)).toEqual({ ok: false, reason: "expected warnings TIMESTAMP_WITHOUT_OFFSET at /timestamp", diff: "  warnings: none" });
    expect(runFixture({ ...naive, warnings: [{ code: "TIMESTAMP_WITHOUT_OFFSET", path: "/payload" }] })).toMatchObject({ ok: false });
  });

  it("does not check warnings when the verdict already failed, nor for payloads", () => {
    expect(runFixture({ ...naive, expected: "invalid", violation: { rule: "pattern", path: "/timestamp" } })).toMatchObject({ ok: false, reason: "expected invalid, both layers accept the value" });
    expect(runFixture(payload(valid, "valid"))).toEqual({ ok: true });
  });
});

describe("runFixture on scenarios", () => {
  it("names each failing mode and joins the diffs", () => {
    const fixture = loadFixtures({ kind: "scenario" })[0] as ScenarioFixture;
    const state = { ...(fixture.scenario.expected.permissive.state as Record<string, unknown>), event_count: 0 };
    const outcome = runFixture({ ...fixture, scenario: { ...fixture.scenario, expected: { strict: { state }, permissive: { state } } } });
    expect(outcome).toEqual({
      ok: false,
      reason: "strict: state differs in 1 place; permissive: state differs in 1 place",
      diff: "strict, permissive:\n  /event_count: expected 0, got 13",
    });
    const broken = runFixture(fixture, { reduce: () => { throw new Error("boom"); } });
    expect(broken).toEqual({
      ok: false,
      reason: "strict: expected a state, but the reducer threw an untyped error: boom; permissive: expected a state, but the reducer threw an untyped error: boom",
      diff: "",
    });
  });
});
