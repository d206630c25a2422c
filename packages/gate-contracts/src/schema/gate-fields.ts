import { type TSchema, Type } from "@sinclair/typebox";

/**
 * `check_run_url`: an `http` or `https` URL (scheme in any case) with a
 * non-empty host (a name, an address or a bracketed IPv6 literal), an
 * optional user-info and port, no whitespace. The URL is kept as given,
 * never normalised.
 */
export const CHECK_RUN_URL_PATTERN = "^[Hh][Tt][Tt][Pp][Ss]?://(?:[^\\s/?#@]*@)?(?:\\[[0-9A-Fa-f:.]+\\]|[^\\s/?#@:\\[\\]]+)(?::[0-9]*)?(?:[/?#]\\S*)?$";

/** The fields every gate payload shares, in wire order, apart from `conclusion`. */
export function gateFields<C extends TSchema>(conclusion: C) {
  return {
    gate_name: Type.String({ minLength: 1, description: "Name of the gate (the required check), e.g. `ci/test`." }),
    gate_type: Type.Literal("ci", { description: "Kind of gate; always `ci`." }),
    conclusion,
    external_provider: Type.Literal("github", { description: "Where the check ran; always `github`." }),
    check_run_id: Type.Integer({
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
      description: "GitHub check-run id: an integer from 1 to 2^53 - 1 (strings, booleans and fractions are invalid).",
    }),
    check_run_url: Type.String({ pattern: CHECK_RUN_URL_PATTERN, description: "Link to the check run: an http or https URL with a host, kept as given." }),
    delivery_id: Type.String({ minLength: 1, description: "Webhook delivery id: the idempotency key of the delivery that produced the event." }),
    pr_number: Type.Optional(
      Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: "Pull request the check ran for: an integer > 0; absent or null when none." }),
    ),
  };
}
