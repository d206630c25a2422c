import type { GatePayloadValidationError } from "./gate-payload-validation-error.js";
import type { UnknownConclusionError } from "./unknown-conclusion-error.js";

/** Every `code` an error thrown by `@sk/gate-contracts` can carry. */
export type GateErrorCode = UnknownConclusionError["code"] | GatePayloadValidationError["code"];
