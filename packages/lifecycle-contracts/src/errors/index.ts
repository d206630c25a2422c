export * from "./error-codes.js";
export * from "./lifecycle-error.js";
export * from "./lifecycle-payload-validation-error.js";
export * from "./unknown-lifecycle-event-type-error.js";
