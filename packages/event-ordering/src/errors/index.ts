export * from "./ordering-input-error.js";
export * from "./error-code.js";
