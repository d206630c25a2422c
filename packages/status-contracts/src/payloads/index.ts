export * from "./status-transition-payload.js";
