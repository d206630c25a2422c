import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { actorField, missionIdField, textField, wpIdListField } from "../schema/fields.js";

/** Payload of `ReviewRollback`: a review sent the mission back to an earlier phase. */
export type ReviewRollbackPayload = Static<typeof ReviewRollbackPayloadSchema>;

/** Schema of the `ReviewRollback` payload. Extra fields are tolerated. */
export const ReviewRollbackPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    review_ref: textField("The review that asked for the rollback, e.g. a pull-request review URL."),
    target_phase: textField("Phase the mission returns to; becomes `current_phase` and is appended to `phases_entered`."),
    affected_wp_ids: wpIdListField("Work packages the rollback concerns; absent means []. Informational."),
    actor: actorField(),
  },
  { description: "A review rolled the mission back: the target phase is appended to phases_entered and becomes the current phase." },
);

/** Compiled (on first use) validator of the `ReviewRollback` payload. */
export const reviewRollbackPayloadValidator = createValidator(ReviewRollbackPayloadSchema);
