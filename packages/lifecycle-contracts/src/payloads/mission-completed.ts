import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { actorField, missionIdField, textField } from "../schema/fields.js";

/** Payload of `MissionCompleted`: the mission is done (terminal). */
export type MissionCompletedPayload = Static<typeof MissionCompletedPayloadSchema>;

/** Schema of the `MissionCompleted` payload. Extra fields are tolerated. */
export const MissionCompletedPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    mission_type: textField("Kind of mission; not compared with the started one."),
    final_phase: textField("Phase the mission ended in; informational (the state's `current_phase` is not changed)."),
    actor: actorField(),
  },
  { description: "A mission completed: status completed (terminal)." },
);

/** Compiled (on first use) validator of the `MissionCompleted` payload. */
export const missionCompletedPayloadValidator = createValidator(MissionCompletedPayloadSchema);
