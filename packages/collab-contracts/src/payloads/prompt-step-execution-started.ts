import { type Static, Type } from "@sinclair/typebox";
import { idField, missionIdField, optionalId, optionalText } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `PromptStepExecutionStarted`. A participant started executing a prompt step. */
export type PromptStepExecutionStartedPayload = Static<typeof PromptStepExecutionStartedPayloadSchema>;

/** Schema of the `PromptStepExecutionStarted` payload. Extra fields are tolerated. */
export const PromptStepExecutionStartedPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    participant_id: idField("Participant executing the step."),
    step_id: idField("Prompt step being executed."),
    wp_id: optionalId("Work package the step belongs to; absent or null when not known."),
    step_description: optionalText("Short description of the step; absent or null when not given."),
  },
  { description: "A participant started executing a prompt step." },
);

/** Compiled (on first use) validator of the `PromptStepExecutionStarted` payload. */
export const promptStepExecutionStartedPayloadValidator = createPayloadValidator("PromptStepExecutionStarted", PromptStepExecutionStartedPayloadSchema);

/** True when `value` is a valid `PromptStepExecutionStarted` payload. */
export function isPromptStepExecutionStartedPayload(value: unknown): value is PromptStepExecutionStartedPayload {
  return promptStepExecutionStartedPayloadValidator.check(value);
}
