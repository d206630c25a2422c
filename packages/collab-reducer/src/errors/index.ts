export * from "./completion-without-start-error.js";
export * from "./contract-errors.js";
export * from "./departed-participant-error.js";
export * from "./event-ref.js";
export * from "./invalid-snapshot-error.js";
export * from "./mission-mismatch-error.js";
export * from "./unknown-participant-error.js";
export * from "./unknown-warning-error.js";
