export * from "./lifecycle-state.js";
