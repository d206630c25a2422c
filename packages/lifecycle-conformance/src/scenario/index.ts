export * from "./expected-error.js";
export * from "./lifecycle-scenario.js";
export * from "./status-vectors.js";
