export * from "./drive-intent.js";
export * from "./execution-outcome.js";
export * from "./focus-target-type.js";
export * from "./participant-type.js";
export * from "./session-link-type.js";
export * from "./warning-acknowledgement.js";
export * from "./warning-severity.js";
