import { type Static, Type } from "@sinclair/typebox";
import { idField, missionIdField, optionalId, optionalText } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `DecisionCaptured`. A participant captured a decision, optionally resolving an advisory warning. */
export type DecisionCapturedPayload = Static<typeof DecisionCapturedPayloadSchema>;

/** Schema of the `DecisionCaptured` payload. Extra fields are tolerated. */
export const DecisionCapturedPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    participant_id: idField("Participant that captured the decision."),
    decision_id: idField("Id of this decision."),
    topic: Type.String({ minLength: 1, description: "What was decided about, at least 1 character." }),
    chosen_option: Type.String({ minLength: 1, description: "The option chosen, at least 1 character." }),
    rationale: optionalText("Why this option was chosen; absent or null when not given."),
    referenced_warning_id: optionalId("`warning_id` of the warning this decision resolves; absent or null when none."),
  },
  { description: "A participant captured a decision, optionally resolving an advisory warning." },
);

/** Compiled (on first use) validator of the `DecisionCaptured` payload. */
export const decisionCapturedPayloadValidator = createPayloadValidator("DecisionCaptured", DecisionCapturedPayloadSchema);

/** True when `value` is a valid `DecisionCaptured` payload. */
export function isDecisionCapturedPayload(value: unknown): value is DecisionCapturedPayload {
  return decisionCapturedPayloadValidator.check(value);
}
