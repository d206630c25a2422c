import { SkError } from "@sk/event-envelope/errors";
import { expectTypeOf, it } from "vitest";
import { describeErrorClasses } from "../../../../scripts/error-classes.ts";
import type * as errors from "../../src/errors/index.js";

describeErrorClasses(() => import("../../src/errors/index.js"), {
  LifecycleFixtureLoadError: {
    code: "LIFECYCLE_FIXTURE_LOAD",
    make: (from) => new from.LifecycleFixtureLoadError("/f.json", "json", "x", "expected JSON"),
    bases: () => [SkError],
  },
  LifecycleConformanceFailureError: {
    code: "LIFECYCLE_CONFORMANCE_FAILURE",
    make: (from) => new from.LifecycleConformanceFailureError("f", "why", "diff"),
    bases: () => [SkError],
  },
});

it("types the package's code union", () => {
  expectTypeOf<errors.LifecycleConformanceErrorCode>().toEqualTypeOf<"LIFECYCLE_FIXTURE_LOAD" | "LIFECYCLE_CONFORMANCE_FAILURE">();
});
