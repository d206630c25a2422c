export * from "./collaboration-error.js";
export * from "./collaboration-event-validation-error.js";
export * from "./payload-validation-error.js";
export * from "./read-only-collection-error.js";
export * from "./unknown-event-type-error.js";
export * from "./error-code.js";
