import type { Validator } from "@sk/event-envelope";
import { GATE_FAILED, GATE_PASSED, gateFailedPayloadValidator, gatePassedPayloadValidator } from "@sk/gate-contracts";
import { LIFECYCLE_EVENT_TYPES, LIFECYCLE_PAYLOAD_VALIDATORS, lifecycleSchemaFileName } from "@sk/lifecycle-contracts";
import { statusTransitionPayloadValidator, WP_STATUS_CHANGED, WP_STATUS_CHANGED_SCHEMA_FILE } from "@sk/status-contracts";

/** How one event type's payload is checked: the compiled validator and the shipped JSON Schema file. */
export interface PayloadContract {
  readonly validator: Validator<unknown>;
  /** Package specifier of the JSON Schema file, resolved through the package's exports map. */
  readonly schema: string;
}

/** Every payload type the status and lifecycle fixtures cover, by event type. */
export const PAYLOAD_CONTRACTS: ReadonlyMap<string, PayloadContract> = new Map<string, PayloadContract>([
  [WP_STATUS_CHANGED, { validator: statusTransitionPayloadValidator, schema: `@sk/status-contracts/schemas/${WP_STATUS_CHANGED_SCHEMA_FILE}` }],
  [GATE_PASSED, { validator: gatePassedPayloadValidator, schema: "@sk/gate-contracts/schemas/gate_passed_payload.schema.json" }],
  [GATE_FAILED, { validator: gateFailedPayloadValidator, schema: "@sk/gate-contracts/schemas/gate_failed_payload.schema.json" }],
  ...LIFECYCLE_EVENT_TYPES.map(
    (eventType) =>
      [eventType, { validator: LIFECYCLE_PAYLOAD_VALIDATORS[eventType], schema: `@sk/lifecycle-contracts/schemas/${lifecycleSchemaFileName(eventType)}` }] as const,
  ),
]);
