import { ArgumentError, type Violation } from "@sk/event-envelope/errors";
import { ValidationLayerDisagreementError } from "../errors/validation-layer-disagreement-error.js";
import { type AjvViolation, ajvValidate } from "./ajv-layer.js";
import { typeboxValidate } from "./typebox-layer.js";
import { assertValidatedEventType, type ValidatedEventType } from "./validated-event-type.js";

/** The outcome of both validation layers for one value. */
export interface DualValidationResult {
  /** `"Event"` or the collaboration event type the value was checked as. */
  readonly event_type: ValidatedEventType;
  /** True only when both layers accept the value. */
  readonly valid: boolean;
  /** The compiled TypeBox validator (the one the reducer uses). */
  readonly typebox: { readonly valid: boolean; readonly violations: readonly Violation[] };
  /** Ajv over the shipped JSON Schema file (what other runtimes use). */
  readonly ajv: { readonly valid: boolean; readonly errors: readonly AjvViolation[] };
  /** True when the layers disagree: always a bug in the contracts, never in the value. */
  readonly disagreement: boolean;
}

/** Options of `validateEvent`. */
export interface ValidateEventOptions {
  /** `"flag"` (default) reports a disagreement in the result; `"throw"` throws `ValidationLayerDisagreementError`. */
  readonly onDisagreement?: "flag" | "throw";
}

/**
 * Validates `value` twice: with the compiled TypeBox validator and with an
 * independent Ajv (draft 2020-12, strict) over the shipped JSON Schema file.
 * `eventType` `"Event"` checks an envelope; one of the 14 collaboration
 * event types checks a bare payload. Never throws for any `value`; throws
 * `ArgumentError` for an unknown `eventType` or option.
 */
export function validateEvent(value: unknown, eventType: ValidatedEventType, options: ValidateEventOptions = {}): DualValidationResult {
  assertValidatedEventType(eventType);
  const onDisagreement = options.onDisagreement ?? "flag";
  if (onDisagreement !== "flag" && onDisagreement !== "throw") {
    throw new ArgumentError("options.onDisagreement", "enum", onDisagreement, 'expected "flag" or "throw"');
  }
  const typebox = typeboxValidate(eventType, value);
  const ajv = ajvValidate(eventType, value);
  const disagreement = typebox.valid !== ajv.valid;
  if (disagreement && onDisagreement === "throw") throw new ValidationLayerDisagreementError(eventType, value, typebox.valid, ajv.valid);
  return { event_type: eventType, valid: typebox.valid && ajv.valid, typebox, ajv, disagreement };
}
