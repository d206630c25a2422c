export * from "./dedup-events.js";
export * from "./dedup-result.js";
export * from "./sort-and-dedup.js";
