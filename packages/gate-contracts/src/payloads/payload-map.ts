import type { Validator } from "@sk/event-envelope";
import { GATE_FAILED, GATE_PASSED, type GateEventType } from "../events/gate-event-types.js";
import { type GateFailedPayload, gateFailedPayloadValidator } from "./gate-failed.js";
import { type GatePassedPayload, gatePassedPayloadValidator } from "./gate-passed.js";

/** Each gate event type mapped to the static type of its payload. */
export interface GatePayloadMap {
  readonly [GATE_PASSED]: GatePassedPayload;
  readonly [GATE_FAILED]: GateFailedPayload;
}

/** The compiled validator of each gate event type's payload. */
export const GATE_PAYLOAD_VALIDATORS: { readonly [K in GateEventType]: Validator<GatePayloadMap[K]> } = Object.freeze({
  [GATE_PASSED]: gatePassedPayloadValidator,
  [GATE_FAILED]: gateFailedPayloadValidator,
});
