export * from "./validate-gate-payload.js";
