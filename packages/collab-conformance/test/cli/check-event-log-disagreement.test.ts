import { describe, expect, it, vi } from "vitest";

// A contracts bug (layers disagreeing) must fail the check: fake an Ajv
// layer that rejects every payload while TypeBox accepts valid ones.
vi.mock("../../src/validate/ajv-layer.js", () => ({
  ajvValidate: (eventType: string) => (eventType === "Event" ? { valid: true, errors: [] } : { valid: false, errors: [{ rule: "type", path: "" }] }),
}));

const { readFileSync } = await import("node:fs");
const { checkEventLog } = await import("../../src/cli/check-event-log.js");
const { formatEventLogCheck } = await import("../../src/cli/format-event-log-check.js");

describe("checkEventLog when the validation layers disagree", () => {
  it("fails and says so", () => {
    const log = JSON.parse(readFileSync(new URL("../../../../fixtures/sample/mission-log.json", import.meta.url), "utf8")) as unknown[];
    const check = checkEventLog(log.slice(0, 1));
    expect(check.ok).toBe(false);
    expect(check.events[0]?.payload?.disagreement).toBe(true);
    expect(formatEventLogCheck(check)).toContain("LAYERS DISAGREE (bug in the contracts)");
  });
});
