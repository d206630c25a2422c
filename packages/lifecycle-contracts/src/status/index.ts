export * from "./mission-status.js";
export * from "./schema-version.js";
