import { describe, expectTypeOf, it } from "vitest";
import { ArgumentError, type EnvelopeErrorCode, EnvelopeValidationError, SkError, type ValidationError } from "../../src/index.js";

describe("error codes", () => {
  it("are literal types on every concrete class", () => {
    expectTypeOf(new ArgumentError("f", "r", 1, "x").code).toEqualTypeOf<"INVALID_ARGUMENT">();
    expectTypeOf(new EnvelopeValidationError([], {}).code).toEqualTypeOf<"ENVELOPE_VALIDATION">();
    expectTypeOf<EnvelopeErrorCode>().toEqualTypeOf<"INVALID_ARGUMENT" | "ENVELOPE_VALIDATION">();
  });

  it("stay generic on the bases", () => {
    expectTypeOf<SkError["code"]>().toEqualTypeOf<string>();
    expectTypeOf<ValidationError<"X">["code"]>().toEqualTypeOf<"X">();
  });

  it("narrow through isInstance", () => {
    const value: unknown = null;
    if (ArgumentError.isInstance(value)) expectTypeOf(value).toEqualTypeOf<ArgumentError>();
    if (SkError.isInstance(value)) expectTypeOf(value.code).toEqualTypeOf<string>();
  });
});
