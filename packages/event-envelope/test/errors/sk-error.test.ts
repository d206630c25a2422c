import { describe, expect, it } from "vitest";
import { ArgumentError, EnvelopeValidationError, SkError, ValidationError } from "../../src/index.js";

describe("SkError", () => {
  it("carries a code, a name and an optional cause", () => {
    const cause = new Error("root");
    const error = new SkError("SOME_CODE", "went wrong", { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("SOME_CODE");
    expect(error.name).toBe("SkError");
    expect(error.cause).toBe(cause);
    expect("cause" in new SkError("X", "no cause")).toBe(false);
  });

  it("is recognised across copies through its Symbol.for marker", () => {
    const foreign = Object.assign(Object.create(Error.prototype), { [Symbol.for("@sk/error/SkError")]: true });
    expect(SkError.isInstance(foreign)).toBe(true);
    expect(SkError.isInstance(new ArgumentError("f", "r", 1, "expected x"))).toBe(true);
    expect(SkError.isInstance(new Error("plain"))).toBe(false);
    expect(SkError.isInstance(null)).toBe(false);
    expect(SkError.isInstance("SkError")).toBe(false);
    expect(SkError.isInstance({ [Symbol.for("@sk/error/SkError")]: "yes" })).toBe(false);
  });

  it("names subclasses after themselves", () => {
    const error = new EnvelopeValidationError([{ path: "/a", rule: "type", value: 1, message: "/a: bad" }], { a: 1 });
    expect(error.name).toBe("EnvelopeValidationError");
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe("ENVELOPE_VALIDATION");
    expect(error.message).toContain("1 violation)");
    expect(error.input).toEqual({ a: 1 });
    expect(Object.isFrozen(error.violations)).toBe(true);
  });

  it("counts violations in the message", () => {
    const violation = { path: "", rule: "type", value: 1, message: ": bad" };
    expect(new ValidationError("X", "Thing", [violation, violation]).message).toContain("2 violations");
  });
});

describe("ArgumentError", () => {
  it("names the field, the rule and the value", () => {
    const error = new ArgumentError("mode", "enum", "loose", 'expected "strict" or "permissive"');
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("mode");
    expect(error.rule).toBe("enum");
    expect(error.value).toBe("loose");
    expect(error.message).toBe('mode: expected "strict" or "permissive" (rule: enum), got "loose"');
  });
});
