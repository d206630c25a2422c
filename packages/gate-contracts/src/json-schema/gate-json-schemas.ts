import type { TSchema } from "@sinclair/typebox";
import { toJsonSchemaDocument } from "@sk/event-envelope";
import type { GateEventType } from "../events/gate-event-types.js";
import { GateFailedPayloadSchema } from "../payloads/gate-failed.js";
import { GatePassedPayloadSchema } from "../payloads/gate-passed.js";

/** One generated JSON Schema file: its name in `schemas/` and its content. */
export interface GateJsonSchemaFile {
  /** File name, e.g. `gate_passed_payload.schema.json`. */
  readonly file: string;
  /** The JSON Schema document (draft 2020-12) with `$schema`, `$id`, `title`, `description`. */
  readonly document: Record<string, unknown>;
}

/** The schema file of each gate event type's payload. */
export const GATE_SCHEMA_FILES: { readonly [K in GateEventType]: string } = Object.freeze({
  GatePassed: "gate_passed_payload.schema.json",
  GateFailed: "gate_failed_payload.schema.json",
});

function schemaFile(eventType: GateEventType, schema: TSchema): GateJsonSchemaFile {
  const file = GATE_SCHEMA_FILES[eventType];
  return { file, document: toJsonSchemaDocument(schema, { file, title: `${eventType}Payload`, description: schema.description as string }) };
}

/**
 * The two JSON Schema documents of the package (`GatePassedPayload`,
 * `GateFailedPayload`). The build writes them to `schemas/`; a test fails
 * when a checked-in file differs. Each call returns fresh documents.
 */
export function gateJsonSchemas(): ReadonlyArray<GateJsonSchemaFile> {
  return Object.freeze([schemaFile("GatePassed", GatePassedPayloadSchema), schemaFile("GateFailed", GateFailedPayloadSchema)]);
}
