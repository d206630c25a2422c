export * from "./execution-mode.js";
export * from "./lane.js";
export * from "./sync-lane-v1.js";
