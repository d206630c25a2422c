import { type Static, Type } from "@sinclair/typebox";
import { WarningSeveritySchema } from "../enums/warning-severity.js";
import { idField, missionIdField, optionalId, participantIdsField } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `PotentialStepCollisionDetected`. Advisory warning: several participants execute the same prompt step. Never blocks. Emitted by the envelope's `node_id`, not by a participant. */
export type PotentialStepCollisionDetectedPayload = Static<typeof PotentialStepCollisionDetectedPayloadSchema>;

/** Schema of the `PotentialStepCollisionDetected` payload. Extra fields are tolerated. */
export const PotentialStepCollisionDetectedPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    warning_id: idField("Id of this warning; acknowledgements refer to it."),
    participant_ids: participantIdsField("Participants executing the same step (at least 2), in the emitter's order."),
    step_id: idField("The step executed by several participants."),
    wp_id: optionalId("Work package the step belongs to; absent or null when not known."),
    severity: WarningSeveritySchema,
  },
  { description: "Advisory warning: several participants execute the same prompt step. Never blocks. Emitted by the envelope's `node_id`, not by a participant." },
);

/** Compiled (on first use) validator of the `PotentialStepCollisionDetected` payload. */
export const potentialStepCollisionDetectedPayloadValidator = createPayloadValidator("PotentialStepCollisionDetected", PotentialStepCollisionDetectedPayloadSchema);

/** True when `value` is a valid `PotentialStepCollisionDetected` payload. */
export function isPotentialStepCollisionDetectedPayload(value: unknown): value is PotentialStepCollisionDetectedPayload {
  return potentialStepCollisionDetectedPayloadValidator.check(value);
}
