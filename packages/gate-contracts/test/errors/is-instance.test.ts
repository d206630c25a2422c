import { SkError } from "@sk/event-envelope/errors";
import { expectTypeOf, it } from "vitest";
import { describeErrorClasses } from "../../../../scripts/error-classes.ts";
import type { GateErrorCode, GatePayloadValidationError, UnknownConclusionError } from "../../src/index.js";

describeErrorClasses(() => import("../../src/errors/index.js"), {
  UnknownConclusionError: {
    code: "UNKNOWN_CONCLUSION",
    make: (from) => new from.UnknownConclusionError("Success"),
    bases: (from) => [from.GateError, SkError],
  },
  GatePayloadValidationError: {
    code: "GATE_PAYLOAD_VALIDATION",
    make: (from) => new from.GatePayloadValidationError("GatePassed", [{ path: "/gate_name", rule: "required", value: undefined, message: "/gate_name: missing" }], {}),
    bases: (from) => [from.GateError, SkError],
  },
});

it("types every code as a literal, and the package's union as all of them", () => {
  expectTypeOf<UnknownConclusionError["code"]>().toEqualTypeOf<"UNKNOWN_CONCLUSION">();
  expectTypeOf<GatePayloadValidationError["code"]>().toEqualTypeOf<"GATE_PAYLOAD_VALIDATION">();
  expectTypeOf<GateErrorCode>().toEqualTypeOf<"UNKNOWN_CONCLUSION" | "GATE_PAYLOAD_VALIDATION">();
});
