import type { Static } from "@sinclair/typebox";
import { stringEnum } from "../schema/fields.js";

/** Severity of an advisory coordination warning. */
export type WarningSeverity = Static<typeof WarningSeveritySchema>;

/** The allowed `WarningSeverity` values, in documentation order. */
export const WARNING_SEVERITIES = Object.freeze(["info", "warning"] as const);

/** Severity of an advisory coordination warning. */
export const WarningSeveritySchema = stringEnum(WARNING_SEVERITIES, "How strongly the advisory warning should be surfaced; warnings never block.");
