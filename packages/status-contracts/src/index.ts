export * from "./errors/index.js";
export * from "./events/index.js";
export * from "./json-schema/index.js";
export * from "./lanes/index.js";
export * from "./models/index.js";
export * from "./payloads/index.js";
export * from "./transitions/index.js";
export * from "./validate/index.js";
export { isNonBlank, NON_BLANK_PATTERN } from "./schema/blank.js";
