export * from "./validate-payload.js";
