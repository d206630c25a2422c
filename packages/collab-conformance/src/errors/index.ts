export * from "./conformance-failure-error.js";
export * from "./event-log-read-error.js";
export * from "./fixture-load-error.js";
export * from "./validation-layer-disagreement-error.js";
export * from "./error-code.js";
