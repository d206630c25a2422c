export * from "./apply-result.js";
export * from "./collaboration-reducer.js";
export * from "./snapshot.js";
