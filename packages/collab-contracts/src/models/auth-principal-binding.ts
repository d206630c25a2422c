import { type Static, Type } from "@sinclair/typebox";
import { createValidator, OFFSET_TIMESTAMP_PATTERN } from "@sk/event-envelope";
import { idField } from "../schema/fields.js";

/**
 * The SaaS side's record that a participant id belongs to an authenticated
 * principal. A roster-level record: never embedded in every event.
 */
export type AuthPrincipalBinding = Static<typeof AuthPrincipalBindingSchema>;

/** Schema of `AuthPrincipalBinding`. Extra fields are tolerated. */
export const AuthPrincipalBindingSchema = Type.Object(
  {
    auth_principal_id: idField("Authenticated principal (user or service account) as known to the SaaS auth system."),
    participant_id: idField("Mission-scoped participant id bound to the principal."),
    bound_at: Type.String({
      pattern: OFFSET_TIMESTAMP_PATTERN,
      description: "When the binding was made: RFC 3339 date-time with an offset (`Z` or `±HH:MM`), 0 to 6 fractional digits.",
    }),
  },
  { description: "Binding of a mission participant id to an auth principal, made by the SaaS side at join time." },
);

/** Compiled (on first use) validator of `AuthPrincipalBinding`. */
export const authPrincipalBindingValidator = createValidator(AuthPrincipalBindingSchema);

/** True when `value` is a valid `AuthPrincipalBinding`. */
export function isAuthPrincipalBinding(value: unknown): value is AuthPrincipalBinding {
  return authPrincipalBindingValidator.check(value);
}
