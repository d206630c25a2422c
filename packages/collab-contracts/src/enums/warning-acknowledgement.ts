import type { Static } from "@sinclair/typebox";
import { stringEnum } from "../schema/fields.js";

/** A participant's response to an advisory warning. */
export type WarningAcknowledgement = Static<typeof WarningAcknowledgementSchema>;

/** The allowed `WarningAcknowledgement` values, in documentation order. */
export const WARNING_ACKNOWLEDGEMENTS = Object.freeze(["continue", "hold", "reassign", "defer"] as const);

/** A participant's response to an advisory warning. */
export const WarningAcknowledgementSchema = stringEnum(WARNING_ACKNOWLEDGEMENTS, "How the participant responds to the warning.");
