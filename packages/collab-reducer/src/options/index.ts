export * from "./reducer-options.js";
