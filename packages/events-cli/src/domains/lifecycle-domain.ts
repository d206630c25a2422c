import { checkEnvelopeMapping } from "@sk/collab-contracts";
import { LIFECYCLE_EVENT_TYPES, type LifecycleEventType, lifecycleJsonSchemas, validateLifecyclePayload } from "@sk/lifecycle-contracts";
import { type EventDomain, payloadViolations } from "./event-domain.js";

/**
 * The five mission lifecycle types of `@sk/lifecycle-contracts`. Mission
 * events obey the same envelope mapping as collaboration events
 * (`aggregate_id` is `mission/{payload.mission_id}`).
 */
export const lifecycleDomain: EventDomain = {
  name: "lifecycle",
  packageName: "@sk/lifecycle-contracts",
  eventTypes: LIFECYCLE_EVENT_TYPES,
  check: (event) => {
    const result = validateLifecyclePayload(event.event_type as LifecycleEventType, event.payload);
    return [...(result.ok ? [] : payloadViolations(result.violations)), ...checkEnvelopeMapping(event)];
  },
  schemaFiles: () => lifecycleJsonSchemas(),
};
