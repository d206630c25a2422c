import type { EventEnvelope } from "@sk/event-envelope";
import type { GatePayloadMap } from "../payloads/payload-map.js";
import { GATE_PAYLOAD_VALIDATORS } from "../payloads/payload-map.js";
import { type GateEventType, isGateEventType } from "./gate-event-types.js";

/** A parsed envelope of one gate event type, with its typed payload. */
export type GateEventOf<K extends GateEventType> = EventEnvelope<K, GatePayloadMap[K]>;
/** A parsed `GatePassed` envelope. */
export type GatePassedEvent = GateEventOf<"GatePassed">;
/** A parsed `GateFailed` envelope. */
export type GateFailedEvent = GateEventOf<"GateFailed">;

/** Any gate event, discriminated by `event_type`: `switch (event.event_type)` narrows `event.payload`. */
export type GateEvent = GatePassedEvent | GateFailedEvent;

/** True when `event` is a gate event whose payload is valid for its type: narrows any envelope to `GateEvent`. */
export function isGateEvent(event: EventEnvelope): event is GateEvent {
  return isGateEventType(event.event_type) && GATE_PAYLOAD_VALIDATORS[event.event_type].check(event.payload);
}
