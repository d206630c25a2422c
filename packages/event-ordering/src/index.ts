export * from "./compare/index.js";
export * from "./dedup/index.js";
export * from "./envelope/index.js";
export * from "./errors/index.js";
export * from "./json/index.js";
export * from "./key/index.js";
export * from "./options/index.js";
export * from "./sort/index.js";
