export * from "./ordering-input-error.js";
