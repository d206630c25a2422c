import { describe, expect, it, vi } from "vitest";

// Ajv layers that disagree with TypeBox, or report another rule, cannot be
// produced with correct contracts: fake them.
const ajvResult = vi.hoisted(() => ({ current: { valid: true, errors: [] as { rule: string; path: string }[] } }));
vi.mock("../../src/validate/ajv-layer.js", () => ({ ajvValidate: () => ajvResult.current }));

const { runFixture } = await import("../../src/run/run-fixture.js");

const fixture = {
  id: "t",
  path: "payloads/DriveIntentSet/t.json",
  kind: "payload" as const,
  event_type: "DriveIntentSet",
  expected: "invalid" as const,
  min_version: "0.1.0",
  notes: "t",
  violation: { rule: "enum", path: "/intent" },
  value: { mission_id: "m", participant_id: "p", intent: "x" },
};

describe("runFixture when the Ajv layer misbehaves", () => {
  it("fails on a disagreement, calling it a contracts bug", () => {
    ajvResult.current = { valid: true, errors: [] };
    expect(runFixture(fixture)).toEqual({
      ok: false,
      reason: "validation layers disagree (bug in the contracts): TypeBox invalid, Ajv valid",
      diff: "  typebox: enum at /intent\n  ajv: none",
    });
  });

  it("names the verdicts either way round", () => {
    ajvResult.current = { valid: false, errors: [{ rule: "type", path: "" }] };
    const outcome = runFixture({ ...fixture, expected: "valid", value: { ...fixture.value, intent: "active" } });
    expect(outcome).toMatchObject({ ok: false, reason: "validation layers disagree (bug in the contracts): TypeBox valid, Ajv invalid" });
  });

  it("fails when only Ajv misses the named rule", () => {
    ajvResult.current = { valid: false, errors: [{ rule: "type", path: "" }] };
    expect(runFixture(fixture)).toMatchObject({ ok: false, reason: "expected the Ajv layer to report enum at /intent", diff: "  typebox: enum at /intent\n  ajv: type at (root)" });
  });
});
