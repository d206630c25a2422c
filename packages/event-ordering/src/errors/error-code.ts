import type { InvalidEnvelopeError } from "./invalid-envelope-error.js";
import type { OrderingInputError } from "./ordering-input-error.js";

/** Every `code` an error thrown by `@sk/event-ordering` can carry (bad options raise `@sk/event-envelope`'s `INVALID_ARGUMENT`). */
export type OrderingErrorCode = InvalidEnvelopeError["code"] | OrderingInputError["code"];
