export * from "./orderable.js";
export * from "./ordering-key.js";
export * from "./timestamp-key.js";
export { canonicalEventId } from "./event-id.js";
export { assertOrderable } from "./read-event.js";
