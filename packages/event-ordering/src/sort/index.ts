export * from "./sort-events.js";
