import { ArgumentError } from "@sk/event-envelope/errors";
import { describe, expect, it, vi } from "vitest";

// Errors the real reducer does not throw for parsed envelopes: a library
// error naming no event, and a plain bug.
const thrown = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock("@sk/collab-reducer", () => ({
  reduceCollaborationEvents: () => {
    throw thrown.current;
  },
}));

const { checkEventLog } = await import("../../src/cli/check-event-log.js");
const { formatEventLogCheck } = await import("../../src/cli/format-event-log-check.js");

describe("checkEventLog when the reducer throws", () => {
  it("reports a library error that names no event", () => {
    thrown.current = new ArgumentError("options.roster", "type", 1, "expected an object");
    const check = checkEventLog([]);
    expect(check.reduction).toMatchObject({ mode: "strict", error: { code: "INVALID_ARGUMENT", event_id: null } });
    expect(formatEventLogCheck(check)).toContain("Reduction failed (strict mode): INVALID_ARGUMENT at (no event)\n");
  });

  it("lets a plain bug through", () => {
    thrown.current = new TypeError("bug");
    expect(() => checkEventLog([])).toThrow(TypeError);
  });
});
