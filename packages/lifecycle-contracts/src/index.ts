export * from "./errors/index.js";
export * from "./event-types/index.js";
export * from "./events/index.js";
export * from "./json-schema/index.js";
export * from "./payloads/index.js";
export * from "./registry/index.js";
export * from "./status/index.js";
export * from "./validate/index.js";
