import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { actorField, missionIdField, textField, wpIdListField } from "../schema/fields.js";

/** Payload of `MissionCancelled`: the mission was cancelled (terminal). */
export type MissionCancelledPayload = Static<typeof MissionCancelledPayloadSchema>;

/** Schema of the `MissionCancelled` payload. Extra fields are tolerated. */
export const MissionCancelledPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    reason: textField("Why the mission was cancelled."),
    actor: actorField(),
    cancelled_wp_ids: wpIdListField("Work packages cancelled with the mission; absent means []. Informational."),
  },
  { description: "A mission was cancelled: status cancelled (terminal)." },
);

/** Compiled (on first use) validator of the `MissionCancelled` payload. */
export const missionCancelledPayloadValidator = createValidator(MissionCancelledPayloadSchema);
