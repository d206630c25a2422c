export * from "./wp-status-changed.js";
