export * from "./gate-failed.js";
export * from "./gate-passed.js";
export * from "./payload-map.js";
