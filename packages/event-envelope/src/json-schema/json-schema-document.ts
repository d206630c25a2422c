import type { TSchema } from "@sinclair/typebox";
import { EventEnvelopeSchema } from "../schema/event-envelope.js";

/** JSON Schema dialect of every generated schema file. */
export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
/** Base of the `$id` of every generated schema file. */
export const SCHEMA_ID_BASE = "https://schemas.sk.dev/";

/** Header fields of a generated schema file. */
export interface JsonSchemaHeader {
  /** File name, e.g. `event.schema.json`; the `$id` is `SCHEMA_ID_BASE` + file. */
  readonly file: string;
  readonly title: string;
  readonly description: string;
}

/**
 * A TypeBox schema as a standalone JSON Schema document (draft 2020-12):
 * `$schema`, `$id`, `title` and `description` first, TypeBox's symbols dropped.
 */
export function toJsonSchemaDocument(schema: TSchema, header: JsonSchemaHeader): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: SCHEMA_ID_BASE + header.file,
    title: header.title,
    ...plain,
    description: header.description,
  };
}

/** Serialises a schema document the way the checked-in files are written. */
export function serialiseJsonSchema(document: Record<string, unknown>): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The envelope's JSON Schema, as checked in at `schemas/event.schema.json`. */
export function eventJsonSchema(): Record<string, unknown> {
  return toJsonSchemaDocument(EventEnvelopeSchema, {
    file: "event.schema.json",
    title: "Event",
    description: "Event envelope shared by every event type (wire format, snake_case).",
  });
}
