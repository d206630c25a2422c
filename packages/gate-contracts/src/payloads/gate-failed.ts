import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { GATE_FAILED_CONCLUSIONS } from "../conclusions/check-run-conclusions.js";
import { gateFields } from "../schema/gate-fields.js";

/** Schema of the `GateFailed` payload. Extra fields are tolerated. */
export const GateFailedPayloadSchema = Type.Object(
  gateFields(
    Type.Union(
      GATE_FAILED_CONCLUSIONS.map((conclusion) => Type.Literal(conclusion)),
      { description: "GitHub check-run conclusion: `failure`, `timed_out`, `cancelled` or `action_required`." },
    ),
  ),
  { description: "A required CI check (a GitHub check run) failed, timed out, was cancelled or needs action." },
);

/** Payload of `GateFailed`: a required CI check failed, timed out, was cancelled or needs action. */
export type GateFailedPayload = Static<typeof GateFailedPayloadSchema>;

/** Compiled (on first use) validator of the `GateFailed` payload. */
export const gateFailedPayloadValidator = createValidator(GateFailedPayloadSchema);

/** True when `value` is a valid `GateFailed` payload. */
export function isGateFailedPayload(value: unknown): value is GateFailedPayload {
  return gateFailedPayloadValidator.check(value);
}
