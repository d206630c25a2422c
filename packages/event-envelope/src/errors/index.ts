export * from "./sk-error.js";
export * from "./validation-error.js";
export * from "./violation.js";
export * from "./argument-error.js";
export * from "./error-code.js";
