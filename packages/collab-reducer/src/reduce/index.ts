export * from "./reduce-collaboration-events.js";
