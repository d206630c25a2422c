export * from "./presence-status.js";
