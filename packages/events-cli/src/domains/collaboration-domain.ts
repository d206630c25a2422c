import {
  COLLABORATION_EVENT_TYPES,
  type CollaborationEventType,
  checkEnvelopeMapping,
  collaborationJsonSchemas,
  validatePayload,
} from "@sk/collab-contracts";
import { type EventDomain, payloadViolations } from "./event-domain.js";

/** The 14 collaboration event types of `@sk/collab-contracts`. */
export const collaborationDomain: EventDomain = {
  name: "collaboration",
  packageName: "@sk/collab-contracts",
  eventTypes: [...COLLABORATION_EVENT_TYPES],
  check: (event) => {
    const result = validatePayload(event.event_type as CollaborationEventType, event.payload);
    const payload = result.ok ? [] : payloadViolations(result.violations);
    return [...payload, ...checkEnvelopeMapping(event)];
  },
  schemaFiles: () => collaborationJsonSchemas(),
};
