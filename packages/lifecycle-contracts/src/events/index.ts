export * from "./lifecycle-event.js";
