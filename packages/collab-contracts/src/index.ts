export * from "./enums/index.js";
export * from "./errors/index.js";
export * from "./event-types/index.js";
export * from "./models/index.js";
export * from "./payloads/index.js";
export * from "./registry/index.js";
export * from "./validate/index.js";
