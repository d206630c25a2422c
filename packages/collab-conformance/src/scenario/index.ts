export * from "./run-scenario.js";
export * from "./scenario-outcome.js";
export * from "./conformance-adapter.js";
