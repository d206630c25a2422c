import { statusJsonSchemas, validateStatusTransitionPayload, WP_STATUS_CHANGED } from "@sk/status-contracts";
import { type EventDomain, payloadViolations } from "./event-domain.js";

/** `WPStatusChanged` of `@sk/status-contracts` (payload schema and its two payload rules). */
export const statusDomain: EventDomain = {
  name: "status",
  packageName: "@sk/status-contracts",
  eventTypes: [WP_STATUS_CHANGED],
  check: (event) => {
    const result = validateStatusTransitionPayload(event.payload);
    return result.ok ? [] : payloadViolations(result.violations);
  },
  schemaFiles: () => statusJsonSchemas(),
};
