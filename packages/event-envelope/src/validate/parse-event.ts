import { EnvelopeValidationError } from "../errors/validation-error.js";
import type { Violation } from "../errors/violation.js";
import { DEFAULT_DATA_TIER, DEFAULT_SCHEMA_VERSION, type EventEnvelope, type EventEnvelopeInput } from "../schema/event-envelope.js";
import { envelopeValidator } from "./envelope-validator.js";
import { envelopeWarnings, type ValidationWarning } from "./warnings.js";

/** What a parser returns: the value, and what it accepted but flags. */
export interface Parsed<T> {
  readonly value: T;
  /** Flagged but valid fields (e.g. `TIMESTAMP_WITHOUT_OFFSET`); empty for a clean value. */
  readonly warnings: readonly ValidationWarning[];
}

/** What a non-throwing parser returns: the value or every violation, with the warnings either way. */
export type SafeParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ValidationWarning[] }
  | { readonly ok: false; readonly violations: readonly Violation[]; readonly warnings: readonly ValidationWarning[] };

/**
 * A new envelope with defaults filled in and ids in canonical case (ULIDs
 * upper, UUID lower). Extra fields are kept; the input is not touched.
 */
function canonicalise(input: EventEnvelopeInput): EventEnvelope {
  const causation = input.causation_id ?? null;
  return {
    ...input,
    event_id: input.event_id.toUpperCase(),
    payload: input.payload ?? {},
    causation_id: causation === null ? null : causation.toUpperCase(),
    project_uuid: input.project_uuid.toLowerCase(),
    project_slug: input.project_slug ?? null,
    correlation_id: input.correlation_id.toUpperCase(),
    schema_version: input.schema_version ?? DEFAULT_SCHEMA_VERSION,
    data_tier: input.data_tier ?? DEFAULT_DATA_TIER,
  };
}

/**
 * Validates an unknown value as an event envelope. Never throws: returns the
 * canonical envelope or every violation (JSON pointer, rule, value), and in
 * both cases the warnings (a timestamp without an offset is valid, kept as
 * sent and reported as `TIMESTAMP_WITHOUT_OFFSET`).
 */
export function safeParseEvent(value: unknown): SafeParseResult<EventEnvelope> {
  const result = envelopeValidator.validate(value);
  const warnings = envelopeWarnings(value);
  return result.ok ? { ok: true, value: canonicalise(result.value), warnings } : { ok: false, violations: result.violations, warnings };
}

/**
 * Validates an unknown value as an event envelope and returns it in
 * canonical form with its warnings. Throws `EnvelopeValidationError`
 * listing every violation.
 */
export function parseEvent(value: unknown): Parsed<EventEnvelope> {
  const result = safeParseEvent(value);
  if (!result.ok) throw new EnvelopeValidationError(result.violations, value);
  return { value: result.value, warnings: result.warnings };
}
