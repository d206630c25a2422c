export * from "./conclusions/index.js";
export * from "./errors/index.js";
export * from "./events/index.js";
export * from "./json-schema/index.js";
export * from "./payloads/index.js";
export { CHECK_RUN_URL_PATTERN } from "./schema/gate-fields.js";
export * from "./validate/index.js";
