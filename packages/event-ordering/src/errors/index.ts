export * from "./error-code.js";
export * from "./invalid-envelope-error.js";
export * from "./ordering-input-error.js";
