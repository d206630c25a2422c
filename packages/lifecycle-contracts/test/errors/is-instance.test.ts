import { SkError } from "@sk/event-envelope/errors";
import { expect, expectTypeOf, it } from "vitest";
import { describeErrorClasses } from "../../../../scripts/error-classes.ts";
import * as errors from "../../src/errors/index.js";

describeErrorClasses(() => import("../../src/errors/index.js"), {
  LifecyclePayloadValidationError: {
    code: "LIFECYCLE_PAYLOAD_VALIDATION",
    make: (from) => new from.LifecyclePayloadValidationError("PhaseEntered", []),
    bases: (from) => [from.LifecycleError, SkError],
  },
  UnknownLifecycleEventTypeError: {
    code: "UNKNOWN_LIFECYCLE_EVENT_TYPE",
    make: (from) => new from.UnknownLifecycleEventTypeError("Nope"),
    bases: (from) => [from.LifecycleError, SkError],
  },
});

it("does not take another @sk error with the same code for a lifecycle error", () => {
  expect(errors.LifecyclePayloadValidationError.isInstance(new SkError("LIFECYCLE_PAYLOAD_VALIDATION", "m"))).toBe(false);
  expect(errors.LifecycleError.isInstance(new SkError("UNKNOWN_LIFECYCLE_EVENT_TYPE", "m"))).toBe(false);
});

it("types each code as a literal, and the package's code union", () => {
  expectTypeOf<errors.LifecyclePayloadValidationError["code"]>().toEqualTypeOf<"LIFECYCLE_PAYLOAD_VALIDATION">();
  expectTypeOf<errors.UnknownLifecycleEventTypeError["code"]>().toEqualTypeOf<"UNKNOWN_LIFECYCLE_EVENT_TYPE">();
  expectTypeOf<errors.LifecycleContractsErrorCode>().toEqualTypeOf<"LIFECYCLE_PAYLOAD_VALIDATION" | "UNKNOWN_LIFECYCLE_EVENT_TYPE">();
});
