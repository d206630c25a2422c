import { expectTypeOf, it } from "vitest";
import type { LifecycleReducerErrorCode } from "../src/index.js";

it("the reducer's only error code is INVALID_ARGUMENT", () => {
  expectTypeOf<LifecycleReducerErrorCode>().toEqualTypeOf<"INVALID_ARGUMENT">();
});
