import type { Violation } from "@sk/event-envelope";
import { describe, expect, it } from "vitest";
import { CollaborationError, PayloadValidationError } from "../../src/index.js";

const violations: Violation[] = [
  { path: "/participant_id", rule: "required", value: undefined, message: "/participant_id: required field is missing (rule: required), got undefined" },
  { path: "/intent", rule: "enum", value: "paused", message: '/intent: expected one of "active", "inactive" (rule: enum), got "paused"' },
];

describe("PayloadValidationError", () => {
  it("lists every violation in its message and carries the context", () => {
    const payload = { mission_id: "m", intent: "paused" };
    const error = new PayloadValidationError("DriveIntentSet", violations, { eventId: "01HZX0000000000000000000AA", payload });
    expect(error).toBeInstanceOf(CollaborationError);
    expect(error.code).toBe("PAYLOAD_VALIDATION");
    expect(error.name).toBe("PayloadValidationError");
    expect(error.event_type).toBe("DriveIntentSet");
    expect(error.event_id).toBe("01HZX0000000000000000000AA");
    expect(error.payload).toBe(payload);
    expect(error.violations).toEqual(violations);
    expect(error.message).toBe(
      "DriveIntentSet payload of event 01HZX0000000000000000000AA is invalid (2 violations):\n" +
        "  - /participant_id: required field is missing (rule: required), got undefined\n" +
        '  - /intent: expected one of "active", "inactive" (rule: enum), got "paused"',
    );
  });

  it("works without an event id or payload, and says 1 violation", () => {
    const error = new PayloadValidationError("DriveIntentSet", violations.slice(0, 1));
    expect(error.event_id).toBeNull();
    expect(error.payload).toBeUndefined();
    expect(error.message.split("\n")[0]).toBe("DriveIntentSet payload is invalid (1 violation):");
  });

  it("freezes its own copy of the violations", () => {
    const given = [...violations];
    const error = new PayloadValidationError("DriveIntentSet", given);
    given.pop();
    expect(error.violations).toHaveLength(2);
    expect(Object.isFrozen(error.violations)).toBe(true);
  });
});
