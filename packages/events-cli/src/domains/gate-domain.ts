import { GATE_EVENT_TYPES, type GateEventType, gateJsonSchemas, validateGatePayload } from "@sk/gate-contracts";
import { type EventDomain, payloadViolations } from "./event-domain.js";

/** `GatePassed` and `GateFailed` of `@sk/gate-contracts`. */
export const gateDomain: EventDomain = {
  name: "gate",
  packageName: "@sk/gate-contracts",
  eventTypes: GATE_EVENT_TYPES,
  check: (event) => {
    const result = validateGatePayload(event.event_type as GateEventType, event.payload);
    return result.ok ? [] : payloadViolations(result.violations);
  },
  schemaFiles: () => gateJsonSchemas(),
};
