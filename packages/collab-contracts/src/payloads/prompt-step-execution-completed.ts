import { type Static, Type } from "@sinclair/typebox";
import { ExecutionOutcomeSchema } from "../enums/execution-outcome.js";
import { idField, missionIdField, optionalId } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `PromptStepExecutionCompleted`. A participant finished executing a prompt step it had started. */
export type PromptStepExecutionCompletedPayload = Static<typeof PromptStepExecutionCompletedPayloadSchema>;

/** Schema of the `PromptStepExecutionCompleted` payload. Extra fields are tolerated. */
export const PromptStepExecutionCompletedPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    participant_id: idField("Participant that executed the step."),
    step_id: idField("Prompt step that finished; matches an earlier `PromptStepExecutionStarted`."),
    wp_id: optionalId("Work package the step belongs to; absent or null when not known."),
    outcome: ExecutionOutcomeSchema,
  },
  { description: "A participant finished executing a prompt step it had started." },
);

/** Compiled (on first use) validator of the `PromptStepExecutionCompleted` payload. */
export const promptStepExecutionCompletedPayloadValidator = createPayloadValidator("PromptStepExecutionCompleted", PromptStepExecutionCompletedPayloadSchema);

/** True when `value` is a valid `PromptStepExecutionCompleted` payload. */
export function isPromptStepExecutionCompletedPayload(value: unknown): value is PromptStepExecutionCompletedPayload {
  return promptStepExecutionCompletedPayloadValidator.check(value);
}
