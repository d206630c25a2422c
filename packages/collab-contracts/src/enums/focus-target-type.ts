import type { Static } from "@sinclair/typebox";
import { stringEnum } from "../schema/fields.js";

/** Kind of thing a participant can focus on. */
export type FocusTargetType = Static<typeof FocusTargetTypeSchema>;

/** The allowed `FocusTargetType` values, in documentation order. */
export const FOCUS_TARGET_TYPES = Object.freeze(["wp", "step", "file"] as const);

/** Kind of thing a participant can focus on. */
export const FocusTargetTypeSchema = stringEnum(FOCUS_TARGET_TYPES, "What is focused: a work package (`wp`), a prompt step (`step`) or a file (`file`).");
