import { SkError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import { normalizeLane, StatusError, type StatusErrorCode, StatusPayloadValidationError, UnknownLaneError } from "../../src/index.js";

describe("status errors", () => {
  it("UnknownLaneError names the rule, the allowed values and the value", () => {
    const error = new UnknownLaneError("Doing", ["planned", "doing"]);
    expect(error.message).toBe('lane: expected one of "planned", "doing" (rule: enum), got "Doing"');
    expect(error.name).toBe("UnknownLaneError");
    expect(Object.isFrozen(error.allowed)).toBe(true);
  });

  it("every error is a StatusError and an SkError with a literal code", () => {
    const errors: StatusError<StatusErrorCode>[] = [new UnknownLaneError(1, ["planned"]), new StatusPayloadValidationError([], {})];
    expect(errors.map((error) => error.code)).toEqual(["UNKNOWN_LANE", "STATUS_PAYLOAD_VALIDATION"]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(StatusError);
      expect(SkError.isInstance(error)).toBe(true);
    }
    expect(() => normalizeLane("x")).toThrow(StatusError);
  });
});
