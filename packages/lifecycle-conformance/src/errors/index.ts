export * from "./error-code.js";
export * from "./lifecycle-conformance-failure-error.js";
export * from "./lifecycle-fixture-load-error.js";
