export * from "./orderable.js";
export * from "./ordering-key.js";
export * from "./timestamp-key.js";
