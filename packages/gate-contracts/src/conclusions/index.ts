export * from "./check-run-conclusions.js";
export * from "./map-check-run-conclusion.js";
