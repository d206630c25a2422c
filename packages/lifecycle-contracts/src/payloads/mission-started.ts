import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { actorField, missionIdField, textField } from "../schema/fields.js";

/** Payload of `MissionStarted`: the mission starts in its initial phase. */
export type MissionStartedPayload = Static<typeof MissionStartedPayloadSchema>;

/** Schema of the `MissionStarted` payload. Extra fields are tolerated. */
export const MissionStartedPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    mission_type: textField("Kind of mission, e.g. `software-dev`; becomes the state's `mission_type`."),
    initial_phase: textField("Phase the mission starts in; becomes `current_phase` and the first entry of `phases_entered`."),
    actor: actorField(),
  },
  { description: "A mission started: status active, current phase the initial phase. The first valid one wins." },
);

/** Compiled (on first use) validator of the `MissionStarted` payload. */
export const missionStartedPayloadValidator = createValidator(MissionStartedPayloadSchema);
