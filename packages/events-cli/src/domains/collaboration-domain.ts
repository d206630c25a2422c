import { COLLABORATION_EVENT_TYPES, collaborationJsonSchemas, safeParseCollaborationEvent } from "@sk/collab-contracts";
import type { EventDomain } from "./event-domain.js";

/**
 * The 14 collaboration event types of `@sk/collab-contracts`: payload and
 * mission mapping, as `safeParseCollaborationEvent` checks them.
 */
export const collaborationDomain: EventDomain = {
  name: "collaboration",
  packageName: "@sk/collab-contracts",
  eventTypes: [...COLLABORATION_EVENT_TYPES],
  check: (event) => {
    const result = safeParseCollaborationEvent(event);
    return result.ok ? [] : result.violations;
  },
  schemaFiles: () => collaborationJsonSchemas(),
};
