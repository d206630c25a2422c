export * from "./mission-cancelled.js";
export * from "./mission-completed.js";
export * from "./mission-started.js";
export * from "./phase-entered.js";
export * from "./review-rollback.js";
