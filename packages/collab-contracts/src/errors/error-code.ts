import type { CollaborationEventValidationError } from "./collaboration-event-validation-error.js";
import type { PayloadValidationError } from "./payload-validation-error.js";
import type { ReadOnlyCollectionError } from "./read-only-collection-error.js";
import type { UnknownEventTypeError } from "./unknown-event-type-error.js";

/** Every `code` an error thrown by `@sk/collab-contracts` itself can carry. */
export type CollabContractsErrorCode =
  | CollaborationEventValidationError["code"]
  | PayloadValidationError["code"] | ReadOnlyCollectionError["code"] | UnknownEventTypeError["code"];
