import type { ArgumentError } from "./argument-error.js";
import type { EnvelopeValidationError } from "./validation-error.js";

/** Every `code` an error thrown by `@sk/event-envelope` can carry. */
export type EnvelopeErrorCode = ArgumentError["code"] | EnvelopeValidationError["code"];
