export * from "./done-evidence.js";
export * from "./force-metadata.js";
export * from "./repo-evidence.js";
export * from "./review-verdict.js";
export * from "./verification-entry.js";
