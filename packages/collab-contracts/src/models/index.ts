export * from "./auth-principal-binding.js";
export * from "./focus-target.js";
export * from "./participant-identity.js";
