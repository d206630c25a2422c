export * from "./ajv-layer.js";
export * from "./schema-files.js";
export * from "./validate-event.js";
export * from "./validated-event-type.js";
export * from "./violation-match.js";
