/** Every `code` an error of `@sk/lifecycle-contracts` carries. */
export type LifecycleContractsErrorCode = "LIFECYCLE_PAYLOAD_VALIDATION" | "UNKNOWN_LIFECYCLE_EVENT_TYPE";
