export type { OrderingErrorCode } from "./error-code.js";
export { InvalidEnvelopeError } from "./invalid-envelope-error.js";
export { OrderingInputError, type OrderingInputErrorDetails } from "./ordering-input-error.js";
