export * from "./lifecycle-scenario.js";
