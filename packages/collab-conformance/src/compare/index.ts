export * from "./compare-state.js";
export * from "./json-diff.js";
