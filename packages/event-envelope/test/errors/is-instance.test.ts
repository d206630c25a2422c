import { expect, it } from "vitest";
import { describeErrorClasses } from "../../../../scripts/error-classes.ts";
import * as errors from "../../src/errors/index.js";

const violation = { path: "/a", rule: "type", value: 1, message: "/a: bad" };

describeErrorClasses(() => import("../../src/errors/index.js"), {
  ArgumentError: { code: "INVALID_ARGUMENT", make: (from) => new from.ArgumentError("f", "r", 1, "expected x"), bases: (from) => [from.SkError] },
  EnvelopeValidationError: {
    code: "ENVELOPE_VALIDATION",
    make: (from) => new from.EnvelopeValidationError([violation], {}),
    bases: (from) => [from.ValidationError, from.SkError],
  },
});

it("does not take a base-class instance for a subclass's", () => {
  expect(errors.EnvelopeValidationError.isInstance(new errors.ValidationError("X", "Thing", [violation]))).toBe(false);
  expect(errors.ValidationError.isInstance(new errors.SkError("X", "m"))).toBe(false);
  expect(errors.SkError.isInstance({ [Symbol.for("@sk/error/SkError")]: "yes" })).toBe(false);
});
