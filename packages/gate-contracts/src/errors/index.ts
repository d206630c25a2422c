export * from "./error-code.js";
export * from "./gate-error.js";
export * from "./gate-payload-validation-error.js";
export * from "./unknown-conclusion-error.js";
