export * from "./event-types.js";
export * from "./read-only-set.js";
