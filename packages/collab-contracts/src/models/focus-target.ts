import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { FocusTargetTypeSchema } from "../enums/focus-target-type.js";
import { idField } from "../schema/fields.js";

/** What a participant is looking at or working on. */
export type FocusTarget = Static<typeof FocusTargetSchema>;

/** Schema of `FocusTarget`. Extra fields are tolerated. */
export const FocusTargetSchema = Type.Object(
  {
    target_type: FocusTargetTypeSchema,
    target_id: idField("Id of the work package, step or file."),
  },
  { description: "A focus target: a work package, a prompt step or a file." },
);

/**
 * The key of a focus target in the `participants_by_focus` index:
 * `"{target_type}:{target_id}"`.
 */
export function focusTargetKey(target: Pick<FocusTarget, "target_type" | "target_id">): string {
  return `${target.target_type}:${target.target_id}`;
}

/** Compiled (on first use) validator of `FocusTarget`. */
export const focusTargetValidator = createValidator(FocusTargetSchema);

/** True when `value` is a valid `FocusTarget`. */
export function isFocusTarget(value: unknown): value is FocusTarget {
  return focusTargetValidator.check(value);
}
