export * from "./contracts-version.js";
export * from "./format-report.js";
export * from "./run-conformance.js";
export * from "./run-fixture.js";
