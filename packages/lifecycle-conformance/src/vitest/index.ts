export * from "./describe-conformance.js";
export * from "./register-conformance.js";
