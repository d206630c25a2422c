import { SkError, ValidationError } from "@sk/event-envelope/errors";
import { expect, expectTypeOf, it } from "vitest";
import { describeErrorClasses } from "../../../../scripts/error-classes.ts";
import * as errors from "../../src/errors/index.js";

describeErrorClasses(() => import("../../src/errors/index.js"), {
  OrderingInputError: {
    code: "ORDERING_INPUT",
    make: (from) => new from.OrderingInputError({ field: "timestamp", rule: "pattern", value: "x", expectation: "a timestamp" }),
    bases: () => [SkError],
  },
  InvalidEnvelopeError: {
    code: "INVALID_ENVELOPE",
    make: (from) => new from.InvalidEnvelopeError([{ index: 0, element: null, event_id: null, event_type: null, violations: [] }]),
    bases: () => [ValidationError, SkError],
  },
});

it("does not take another @sk error with the same code for an OrderingInputError", () => {
  expect(errors.OrderingInputError.isInstance(new SkError("ORDERING_INPUT", "m"))).toBe(false);
});

it("types the codes as literals, and the package's union as all of them", () => {
  expectTypeOf<errors.OrderingInputError["code"]>().toEqualTypeOf<"ORDERING_INPUT">();
  expectTypeOf<errors.InvalidEnvelopeError["code"]>().toEqualTypeOf<"INVALID_ENVELOPE">();
  expectTypeOf<errors.OrderingErrorCode>().toEqualTypeOf<"ORDERING_INPUT" | "INVALID_ENVELOPE">();
});
