import { describe, expect, it } from "vitest";
import { runConformance } from "../../src/index.js";
import { entry, tempFixtures } from "../support/temp-fixtures.js";

const valid = { mission_id: "m", phase_name: "plan", actor: "a" };

function runOne(fields: Record<string, unknown>, value: unknown) {
  const dir = tempFixtures({
    "lifecycle/manifest.json": { format_version: 1, fixtures: [entry({ id: "f", path: "payloads/PhaseEntered/f.json", kind: "payload", event_type: "PhaseEntered", ...fields })] },
    "lifecycle/payloads/PhaseEntered/f.json": value,
  });
  return runConformance({ fixturesDir: dir });
}

describe("payload fixtures", () => {
  it("pass when both layers give the expected verdict and report the named violation", () => {
    expect(runOne({ expected: "invalid", violation: { rule: "minLength", path: "/phase_name" } }, { ...valid, phase_name: "" }).failed).toEqual([]);
  });

  it("fail with a reason and both layers' violations otherwise", () => {
    expect(runOne({}, { ...valid, phase_name: "" }).failed[0]).toMatchObject({
      reason: "expected valid, both layers report violations",
      diff: "  typebox: minLength at /phase_name\n  ajv: minLength at /phase_name",
    });
    expect(runOne({ expected: "invalid", violation: { rule: "required", path: "/actor" } }, valid).failed[0]).toMatchObject({
      reason: "expected invalid, both layers accept the value",
    });
    expect(runOne({ expected: "invalid", violation: { rule: "required", path: "/actor" } }, { ...valid, phase_name: "" }).failed[0]).toMatchObject({
      reason: "expected the TypeBox layer to report required at /actor",
    });
    expect(runOne({ expected: "invalid", violation: { rule: "type", path: "" } }, { ...valid, phase_name: "" }).failed[0]).toMatchObject({
      reason: "expected the TypeBox layer to report type at (root)",
    });
  });
});

describe("scenario fixtures", () => {
  it("an expected error without message_includes is matched by its code alone", () => {
    const scenario = { id: "scenario-x", description: "d", events: null, expected: { error: { code: "INVALID_ARGUMENT" } } };
    const dir = tempFixtures({
      "lifecycle/manifest.json": { format_version: 1, fixtures: [entry({ id: "scenario-x", path: "scenarios/x.json", kind: "scenario", expected: "invalid" })] },
      "lifecycle/scenarios/x.json": scenario,
    });
    expect(runConformance({ fixturesDir: dir })).toMatchObject({ passed: [{ id: "scenario-x" }], failed: [] });
  });
});
