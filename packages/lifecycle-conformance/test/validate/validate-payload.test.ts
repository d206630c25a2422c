import { describe, expect, it, vi } from "vitest";
import { validatePayloadBothLayers } from "../../src/index.js";

describe("validatePayloadBothLayers", () => {
  it("gives both layers' violations in the same terms", () => {
    const result = validatePayloadBothLayers("MissionCancelled", { mission_id: "m", actor: "", cancelled_wp_ids: [""] });
    expect(result.valid).toBe(false);
    expect(result.disagreement).toBe(false);
    for (const layer of [result.typebox, result.ajv]) {
      expect(layer).toEqual(expect.arrayContaining([{ path: "/reason", rule: "required" }, { path: "/actor", rule: "minLength" }, { path: "/cancelled_wp_ids/0", rule: "minLength" }]));
    }
    expect(validatePayloadBothLayers("PhaseEntered", { mission_id: "m", phase_name: "p", actor: "a" })).toEqual({ valid: true, typebox: [], ajv: [], disagreement: false });
  });

  it("covers the status and gate payloads too: an enum is one `enum` violation, a payload rule is `required` in both layers", () => {
    const wp = { feature_slug: "f", wp_id: "WP01", from_lane: null, to_lane: "planned", actor: "a", force: false, execution_mode: "worktree" };
    expect(validatePayloadBothLayers("WPStatusChanged", wp).valid).toBe(true);
    expect(validatePayloadBothLayers("WPStatusChanged", { ...wp, to_lane: "Doing" })).toMatchObject({ typebox: [{ path: "/to_lane", rule: "enum" }], ajv: [{ path: "/to_lane", rule: "enum" }] });
    expect(validatePayloadBothLayers("WPStatusChanged", { ...wp, to_lane: "done" })).toMatchObject({ typebox: [{ path: "/evidence", rule: "required" }], ajv: [{ path: "/evidence", rule: "required" }] });
    expect(validatePayloadBothLayers("GateFailed", {}).disagreement).toBe(false);
    expect(validatePayloadBothLayers("GatePassed", {}).ajv).toContainEqual({ path: "/check_run_id", rule: "required" });
  });

  it("throws ArgumentError for an event type the fixtures do not cover", () => {
    expect(() => validatePayloadBothLayers("ParticipantJoined", {})).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "eventType", rule: "enum" }));
  });

  it("reports a disagreement between the layers (a contracts bug), and a fixture then fails", async () => {
    vi.resetModules();
    vi.doMock("../../src/validate/payload-contracts.js", async (original) => {
      const actual = (await original()) as typeof import("../../src/validate/payload-contracts.js");
      const started = actual.PAYLOAD_CONTRACTS.get("MissionStarted")!;
      const lenient = { ...started.validator, violations: () => [] };
      return { PAYLOAD_CONTRACTS: new Map([["MissionStarted", { ...started, validator: lenient }]]) };
    });
    const module = await import("../../src/index.js");
    const result = module.validatePayloadBothLayers("MissionStarted", {});
    expect(result).toMatchObject({ valid: false, disagreement: true, typebox: [] });
    const report = module.runConformance({ eventType: "MissionStarted" });
    expect(report.failed.map((fixture) => fixture.reason)).toContain("validation layers disagree (bug in the contracts)");
    vi.doUnmock("../../src/validate/payload-contracts.js");
    vi.resetModules();
  });
});
