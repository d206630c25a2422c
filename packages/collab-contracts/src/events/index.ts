export * from "./check-envelope-mapping.js";
export * from "./collaboration-event.js";
export * from "./create-collaboration-event.js";
export * from "./parse-collaboration-event.js";
