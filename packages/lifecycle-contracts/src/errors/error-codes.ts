import type { LifecyclePayloadValidationError } from "./lifecycle-payload-validation-error.js";
import type { UnknownLifecycleEventTypeError } from "./unknown-lifecycle-event-type-error.js";

/** Every `code` an error of `@sk/lifecycle-contracts` carries. */
export type LifecycleContractsErrorCode = LifecyclePayloadValidationError["code"] | UnknownLifecycleEventTypeError["code"];
