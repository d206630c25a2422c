export * from "./gate-event.js";
export * from "./gate-event-types.js";
