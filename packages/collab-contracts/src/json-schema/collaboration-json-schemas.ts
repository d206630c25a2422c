import type { TSchema } from "@sinclair/typebox";
import { toJsonSchemaDocument } from "@sk/event-envelope";
import { AuthPrincipalBindingSchema } from "../models/auth-principal-binding.js";
import { FocusTargetSchema } from "../models/focus-target.js";
import { ParticipantIdentitySchema } from "../models/participant-identity.js";
import { PAYLOAD_SCHEMAS } from "../registry/payload-map.js";

/** One generated JSON Schema file: its name in `schemas/` and its content. */
export interface CollaborationJsonSchemaFile {
  /** File name, e.g. `participant_joined_payload.schema.json`. */
  readonly file: string;
  /** The JSON Schema document (draft 2020-12) with `$schema`, `$id`, `title`, `description`. */
  readonly document: Record<string, unknown>;
}

/** `ParticipantJoinedPayload` → `participant_joined_payload`. */
export function snakeCase(name: string): string {
  return name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, "_").toLowerCase();
}

function schemaFile(title: string, schema: TSchema): CollaborationJsonSchemaFile {
  const file = `${snakeCase(title)}.schema.json`;
  // Every schema of the package carries a description (a test walks them all).
  const description = schema.description as string;
  return { file, document: toJsonSchemaDocument(schema, { file, title, description }) };
}

/**
 * The 17 JSON Schema documents of the package, in the order of docs/spec/collaboration.md: the three
 * models, then the 14 payloads (`{EventType}Payload`). The build writes them
 * to `schemas/`; a test fails when a checked-in file differs. Each call
 * returns fresh documents.
 */
export function collaborationJsonSchemas(): ReadonlyArray<CollaborationJsonSchemaFile> {
  return Object.freeze([
    schemaFile("ParticipantIdentity", ParticipantIdentitySchema),
    schemaFile("AuthPrincipalBinding", AuthPrincipalBindingSchema),
    schemaFile("FocusTarget", FocusTargetSchema),
    ...Object.entries(PAYLOAD_SCHEMAS).map(([eventType, schema]) => schemaFile(`${eventType}Payload`, schema)),
  ]);
}
