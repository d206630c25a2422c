import type { LifecycleConformanceFailureError } from "./lifecycle-conformance-failure-error.js";
import type { LifecycleFixtureLoadError } from "./lifecycle-fixture-load-error.js";

/** Every `code` an error of `@sk/lifecycle-conformance` carries (bad options raise `INVALID_ARGUMENT`). */
export type LifecycleConformanceErrorCode = LifecycleFixtureLoadError["code"] | LifecycleConformanceFailureError["code"];
