export * from "./reduce-lifecycle-events.js";
export * from "./reduce-lifecycles-by-mission.js";
