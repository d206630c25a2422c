export * from "./errors/index.js";
export * from "./live/index.js";
export * from "./options/index.js";
export * from "./presence/index.js";
export * from "./reduce/index.js";
export * from "./state/index.js";
export * from "./reexports/index.js";
