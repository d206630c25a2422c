import { SkError } from "@sk/event-envelope/errors";
import { expectTypeOf, it } from "vitest";
import { describeErrorClasses } from "../../../../scripts/error-classes.ts";
import type { CollabConformanceErrorCode, FixtureLoadError } from "../../src/index.js";

describeErrorClasses(() => import("../../src/errors/index.js"), {
  ConformanceFailureError: { code: "CONFORMANCE_FAILURE", make: (from) => new from.ConformanceFailureError("f1", "state differs", ""), bases: () => [SkError] },
  EventLogReadError: { code: "EVENT_LOG_READ", make: (from) => new from.EventLogReadError("/tmp/log.json", "read", "/tmp/log.json", "expected a readable file"), bases: () => [SkError] },
  FixtureLoadError: { code: "FIXTURE_LOAD", make: (from) => new from.FixtureLoadError("/tmp/x.json", "json", "x", "expected JSON"), bases: () => [SkError] },
  ValidationLayerDisagreementError: {
    code: "VALIDATION_LAYER_DISAGREEMENT",
    make: (from) => new from.ValidationLayerDisagreementError("Event", {}, true, false),
    bases: () => [SkError],
  },
});

it("types every code as a literal, and the package's union as all of them", () => {
  expectTypeOf<FixtureLoadError["code"]>().toEqualTypeOf<"FIXTURE_LOAD">();
  expectTypeOf<CollabConformanceErrorCode>().toEqualTypeOf<"CONFORMANCE_FAILURE" | "EVENT_LOG_READ" | "FIXTURE_LOAD" | "VALIDATION_LAYER_DISAGREEMENT">();
});
