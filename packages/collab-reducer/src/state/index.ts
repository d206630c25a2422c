export * from "./reduced-state.js";
