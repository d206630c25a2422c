export * from "./status-error.js";
export * from "./status-payload-validation-error.js";
export * from "./unknown-lane-error.js";

/** Every `code` an error of this package can carry. */
export type StatusErrorCode = "UNKNOWN_LANE" | "STATUS_PAYLOAD_VALIDATION";
