export * from "./collaboration-reducer.js";
export * from "./snapshot.js";
