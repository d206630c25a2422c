import type { Static } from "@sinclair/typebox";
import { stringEnum } from "../schema/fields.js";

/** Drive intent of a participant. */
export type DriveIntent = Static<typeof DriveIntentSchema>;

/** The allowed `DriveIntent` values, in documentation order. */
export const DRIVE_INTENTS = Object.freeze(["active", "inactive"] as const);

/** Drive intent of a participant. */
export const DriveIntentSchema = stringEnum(DRIVE_INTENTS, "Whether the participant intends to drive (`active`) or stops driving (`inactive`).");
