import type { ConformanceFailureError } from "./conformance-failure-error.js";
import type { EventLogReadError } from "./event-log-read-error.js";
import type { FixtureLoadError } from "./fixture-load-error.js";
import type { ValidationLayerDisagreementError } from "./validation-layer-disagreement-error.js";

/** Every `code` an error thrown by `@sk/collab-conformance` itself can carry. */
export type CollabConformanceErrorCode = ConformanceFailureError["code"] | EventLogReadError["code"] | FixtureLoadError["code"] | ValidationLayerDisagreementError["code"];
