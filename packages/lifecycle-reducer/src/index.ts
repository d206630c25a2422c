export * from "./errors/index.js";
export * from "./reduce/index.js";
export * from "./state/index.js";
