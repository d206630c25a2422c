export * from "./error-code.js";
