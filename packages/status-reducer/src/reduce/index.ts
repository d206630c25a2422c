export * from "./reduce-status-events.js";
