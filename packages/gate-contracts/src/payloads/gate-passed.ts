import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { gateFields } from "../schema/gate-fields.js";

/** Schema of the `GatePassed` payload. Extra fields are tolerated. */
export const GatePassedPayloadSchema = Type.Object(gateFields(Type.Literal("success", { description: "GitHub check-run conclusion; `success` only." })), {
  description: "A required CI check (a GitHub check run) passed.",
});

/** Payload of `GatePassed`: a required CI check passed. */
export type GatePassedPayload = Static<typeof GatePassedPayloadSchema>;

/** Compiled (on first use) validator of the `GatePassed` payload. */
export const gatePassedPayloadValidator = createValidator(GatePassedPayloadSchema);

/** True when `value` is a valid `GatePassed` payload. */
export function isGatePassedPayload(value: unknown): value is GatePassedPayload {
  return gatePassedPayloadValidator.check(value);
}
