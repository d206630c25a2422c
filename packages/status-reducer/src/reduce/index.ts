export * from "./reduce-status-events.js";
export * from "./reduce-sorted-status-events.js";
