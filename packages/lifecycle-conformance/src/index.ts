export * from "./compare/index.js";
export * from "./errors/index.js";
export * from "./fixtures/index.js";
export * from "./run/index.js";
export * from "./scenario/index.js";
export * from "./validate/index.js";
