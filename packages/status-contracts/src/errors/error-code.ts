import type { StatusPayloadValidationError } from "./status-payload-validation-error.js";
import type { UnknownLaneError } from "./unknown-lane-error.js";

/** Every `code` an error thrown by `@sk/status-contracts` can carry. */
export type StatusErrorCode = UnknownLaneError["code"] | StatusPayloadValidationError["code"];
