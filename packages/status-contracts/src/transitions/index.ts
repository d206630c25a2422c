export * from "./allowed-transitions.js";
export * from "./validate-transition.js";
