import { SkError } from "@sk/event-envelope/errors";
import { expect, expectTypeOf, it } from "vitest";
import { describeErrorClasses } from "../../../../scripts/error-classes.ts";
import * as errors from "../../src/errors/index.js";

describeErrorClasses(() => import("../../src/errors/index.js"), {
  OrderingInputError: {
    code: "ORDERING_INPUT",
    make: (from) => new from.OrderingInputError({ field: "timestamp", rule: "pattern", value: "x", expectation: "a timestamp" }),
    bases: () => [SkError],
  },
});

it("does not take another @sk error with the same code for an OrderingInputError", () => {
  expect(errors.OrderingInputError.isInstance(new SkError("ORDERING_INPUT", "m"))).toBe(false);
});

it("types the code as a literal, the package's whole code union", () => {
  expectTypeOf<errors.OrderingInputError["code"]>().toEqualTypeOf<"ORDERING_INPUT">();
  expectTypeOf<errors.OrderingErrorCode>().toEqualTypeOf<"ORDERING_INPUT">();
});
