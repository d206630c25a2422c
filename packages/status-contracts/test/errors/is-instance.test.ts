import { SkError } from "@sk/event-envelope/errors";
import { expectTypeOf, it } from "vitest";
import { describeErrorClasses } from "../../../../scripts/error-classes.ts";
import type { StatusErrorCode, StatusPayloadValidationError, UnknownLaneError } from "../../src/index.js";

describeErrorClasses(() => import("../../src/errors/index.js"), {
  UnknownLaneError: {
    code: "UNKNOWN_LANE",
    make: (from) => new from.UnknownLaneError("Doing", ["planned"]),
    bases: (from) => [from.StatusError, SkError],
  },
  StatusPayloadValidationError: {
    code: "STATUS_PAYLOAD_VALIDATION",
    make: (from) => new from.StatusPayloadValidationError([{ path: "/wp_id", rule: "required", value: undefined, message: "/wp_id: missing" }], {}),
    bases: (from) => [from.StatusError, SkError],
  },
});

it("types every code as a literal, and the package's union as all of them", () => {
  expectTypeOf<UnknownLaneError["code"]>().toEqualTypeOf<"UNKNOWN_LANE">();
  expectTypeOf<StatusPayloadValidationError["code"]>().toEqualTypeOf<"STATUS_PAYLOAD_VALIDATION">();
  expectTypeOf<StatusErrorCode>().toEqualTypeOf<"UNKNOWN_LANE" | "STATUS_PAYLOAD_VALIDATION">();
});
