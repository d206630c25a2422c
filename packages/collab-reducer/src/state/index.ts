export * from "./reduced-state.js";
export * from "./anomaly-code.js";
