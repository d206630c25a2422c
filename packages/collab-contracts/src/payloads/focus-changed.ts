import { type Static, Type } from "@sinclair/typebox";
import { FocusTargetSchema } from "../models/focus-target.js";
import { describedAs, idField, missionIdField, optionalNullable } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `FocusChanged`. A participant moved its focus to a work package, step or file. */
export type FocusChangedPayload = Static<typeof FocusChangedPayloadSchema>;

/** Schema of the `FocusChanged` payload. Extra fields are tolerated. */
export const FocusChangedPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    participant_id: idField("Participant whose focus changed."),
    focus_target: describedAs(FocusTargetSchema, "The new focus target."),
    previous_focus_target: optionalNullable(FocusTargetSchema, "The focus target before the change, as the emitter saw it; absent or null when none. Informational only."),
  },
  { description: "A participant moved its focus to a work package, step or file." },
);

/** Compiled (on first use) validator of the `FocusChanged` payload. */
export const focusChangedPayloadValidator = createPayloadValidator("FocusChanged", FocusChangedPayloadSchema);

/** True when `value` is a valid `FocusChanged` payload. */
export function isFocusChangedPayload(value: unknown): value is FocusChangedPayload {
  return focusChangedPayloadValidator.check(value);
}
