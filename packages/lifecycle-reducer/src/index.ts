export * from "./reduce/index.js";
export * from "./state/index.js";
