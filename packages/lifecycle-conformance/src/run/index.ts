export * from "./adapter.js";
export * from "./contracts-version.js";
export * from "./fixture-outcome.js";
export * from "./run-conformance.js";
export * from "./run-fixture.js";
