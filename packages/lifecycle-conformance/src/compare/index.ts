export * from "./compare-json.js";
