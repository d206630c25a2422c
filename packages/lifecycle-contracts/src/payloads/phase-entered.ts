import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { actorField, missionIdField, optionalTextField, textField } from "../schema/fields.js";

/** Payload of `PhaseEntered`: the mission moved to a phase. */
export type PhaseEnteredPayload = Static<typeof PhaseEnteredPayloadSchema>;

/** Schema of the `PhaseEntered` payload. Extra fields are tolerated. */
export const PhaseEnteredPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    phase_name: textField("Phase entered; becomes `current_phase` and is appended to `phases_entered`."),
    previous_phase: optionalTextField("Phase left, as the producer saw it; absent or null when unknown. Informational."),
    actor: actorField(),
  },
  { description: "A mission entered a phase: appended to phases_entered, becomes the current phase." },
);

/** Compiled (on first use) validator of the `PhaseEntered` payload. */
export const phaseEnteredPayloadValidator = createValidator(PhaseEnteredPayloadSchema);
