import { EnvelopeValidationError } from "../errors/validation-error.js";
import { DEFAULT_DATA_TIER, DEFAULT_SCHEMA_VERSION, type EventEnvelope, type EventEnvelopeInput } from "../schema/event-envelope.js";
import { envelopeValidator } from "./envelope-validator.js";
import type { ValidationResult } from "./lazy-validator.js";

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
 * canonical envelope, or every violation (JSON pointer, rule, value).
 */
export function safeParseEvent(value: unknown): ValidationResult<EventEnvelope> {
  const result = envelopeValidator.validate(value);
  return result.ok ? { ok: true, value: canonicalise(result.value) } : result;
}

/**
 * Validates an unknown value as an event envelope and returns it in
 * canonical form. Throws `EnvelopeValidationError` listing every violation.
 */
export function parseEvent(value: unknown): EventEnvelope {
  const result = safeParseEvent(value);
  if (!result.ok) throw new EnvelopeValidationError(result.violations, value);
  return result.value;
}
