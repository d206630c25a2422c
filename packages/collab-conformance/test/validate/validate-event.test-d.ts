import { expectTypeOf, test } from "vitest";
import { type DualValidationResult, validateEvent } from "../../src/validate/validate-event.js";
import type { ValidatedEventType } from "../../src/validate/validated-event-type.js";

test("validateEvent takes Event or a collaboration event type and returns both layers' verdicts", () => {
  expectTypeOf(validateEvent).parameter(1).toEqualTypeOf<ValidatedEventType>();
  expectTypeOf<"Event">().toExtend<ValidatedEventType>();
  expectTypeOf<"MissionStarted">().not.toExtend<ValidatedEventType>();
  expectTypeOf(validateEvent({}, "Event")).toEqualTypeOf<DualValidationResult>();
  expectTypeOf<DualValidationResult["ajv"]["errors"][number]["rule"]>().toEqualTypeOf<string>();
});
