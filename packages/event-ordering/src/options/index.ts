export * from "./ordering-options.js";
