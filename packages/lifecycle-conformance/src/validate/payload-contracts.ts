import type { Validator } from "@sk/event-envelope";
import { LIFECYCLE_EVENT_TYPES, LIFECYCLE_PAYLOAD_VALIDATORS, lifecycleSchemaFileName } from "@sk/lifecycle-contracts";

/** How one event type's payload is checked: the compiled validator and the shipped JSON Schema file. */
export interface PayloadContract {
  readonly validator: Validator<unknown>;
  /** Package specifier of the JSON Schema file, resolved through the package's exports map. */
  readonly schema: string;
}

/** Every payload type the fixtures cover, by event type. */
export const PAYLOAD_CONTRACTS: ReadonlyMap<string, PayloadContract> = new Map<string, PayloadContract>(
  LIFECYCLE_EVENT_TYPES.map((eventType) => [
    eventType,
    { validator: LIFECYCLE_PAYLOAD_VALIDATORS[eventType], schema: `@sk/lifecycle-contracts/schemas/${lifecycleSchemaFileName(eventType)}` },
  ]),
);
