import { validatePayload } from "@sk/collab-contracts";
import { envelopeValidator } from "@sk/event-envelope";
import type { Violation } from "@sk/event-envelope/errors";
import type { ValidatedEventType } from "./validated-event-type.js";

/** Validates with the compiled TypeBox validators of `@sk/event-envelope` / `@sk/collab-contracts`. */
export function typeboxValidate(eventType: ValidatedEventType, value: unknown): { readonly valid: boolean; readonly violations: readonly Violation[] } {
  if (eventType === "Event") {
    const violations = envelopeValidator.violations(value);
    return { valid: violations.length === 0, violations };
  }
  const result = validatePayload(eventType, value);
  return result.ok ? { valid: true, violations: [] } : { valid: false, violations: result.violations };
}
