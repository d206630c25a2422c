import type { TSchema } from "@sinclair/typebox";
import { toJsonSchemaDocument } from "@sk/event-envelope";
import { DoneEvidenceSchema } from "../models/done-evidence.js";
import { ForceMetadataSchema } from "../models/force-metadata.js";
import { RepoEvidenceSchema } from "../models/repo-evidence.js";
import { ReviewVerdictSchema } from "../models/review-verdict.js";
import { VerificationEntrySchema } from "../models/verification-entry.js";
import { StatusTransitionPayloadSchema } from "../payloads/status-transition-payload.js";

/** One generated JSON Schema file: its name in `schemas/` and its content. */
export interface StatusJsonSchemaFile {
  /** File name, e.g. `status_transition_payload.schema.json`. */
  readonly file: string;
  /** The JSON Schema document (draft 2020-12) with `$schema`, `$id`, `title`, `description`. */
  readonly document: Record<string, unknown>;
}

/** `StatusTransitionPayload` → `status_transition_payload`. */
function snakeCase(name: string): string {
  return name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, "_").toLowerCase();
}

function schemaFile(title: string, schema: TSchema): StatusJsonSchemaFile {
  const file = `${snakeCase(title)}.schema.json`;
  return { file, document: toJsonSchemaDocument(schema, { file, title, description: schema.description as string }) };
}

/** The schema file of the `WPStatusChanged` payload. */
export const WP_STATUS_CHANGED_SCHEMA_FILE = "status_transition_payload.schema.json";

/**
 * The six JSON Schema documents of the package: the five models, then the
 * `WPStatusChanged` payload (`StatusTransitionPayload`, with its two payload
 * rules as `allOf` conditions). The build writes them to `schemas/`; a test
 * fails when a checked-in file differs. Each call returns fresh documents.
 */
export function statusJsonSchemas(): ReadonlyArray<StatusJsonSchemaFile> {
  return Object.freeze([
    schemaFile("RepoEvidence", RepoEvidenceSchema),
    schemaFile("VerificationEntry", VerificationEntrySchema),
    schemaFile("ReviewVerdict", ReviewVerdictSchema),
    schemaFile("DoneEvidence", DoneEvidenceSchema),
    schemaFile("ForceMetadata", ForceMetadataSchema),
    schemaFile("StatusTransitionPayload", StatusTransitionPayloadSchema),
  ]);
}
