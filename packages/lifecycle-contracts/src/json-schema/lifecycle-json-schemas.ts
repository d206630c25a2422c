import { toJsonSchemaDocument } from "@sk/event-envelope";
import { LIFECYCLE_EVENT_TYPES } from "../event-types/event-types.js";
import { LIFECYCLE_PAYLOAD_SCHEMAS } from "../registry/payload-map.js";

/** One generated JSON Schema file: its name in `schemas/` and its content. */
export interface LifecycleJsonSchemaFile {
  /** File name, e.g. `mission_started_payload.schema.json`. */
  readonly file: string;
  /** The JSON Schema document (draft 2020-12) with `$schema`, `$id`, `title`, `description`. */
  readonly document: Record<string, unknown>;
}

/** `MissionStarted` → `mission_started_payload.schema.json`. */
export function lifecycleSchemaFileName(eventType: string): string {
  return `${eventType.replace(/(?<=[a-z0-9])(?=[A-Z])/g, "_").toLowerCase()}_payload.schema.json`;
}

/**
 * The five JSON Schema documents of the package (`{EventType}Payload`), in
 * contract order. The build writes them to `schemas/`; a test fails when a
 * checked-in file differs. Each call returns fresh documents.
 */
export function lifecycleJsonSchemas(): ReadonlyArray<LifecycleJsonSchemaFile> {
  return Object.freeze(
    LIFECYCLE_EVENT_TYPES.map((eventType) => {
      const schema = LIFECYCLE_PAYLOAD_SCHEMAS[eventType];
      const file = lifecycleSchemaFileName(eventType);
      // Every payload schema carries a description (a test checks them all).
      const header = { file, title: `${eventType}Payload`, description: schema.description as string };
      return { file, document: toJsonSchemaDocument(schema, header) };
    }),
  );
}
