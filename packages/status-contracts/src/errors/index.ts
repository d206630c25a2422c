export * from "./error-code.js";
export * from "./status-error.js";
export * from "./status-payload-validation-error.js";
export * from "./unknown-lane-error.js";
