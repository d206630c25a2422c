export * from "./compare-events.js";
