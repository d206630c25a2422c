export * from "./validate-lifecycle-payload.js";
