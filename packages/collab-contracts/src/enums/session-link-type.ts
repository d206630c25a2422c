import type { Static } from "@sinclair/typebox";
import { stringEnum } from "../schema/fields.js";

/** Direction in which two sessions of one participant were linked. */
export type SessionLinkType = Static<typeof SessionLinkTypeSchema>;

/** The allowed `SessionLinkType` values, in documentation order. */
export const SESSION_LINK_TYPES = Object.freeze(["cli_to_saas", "saas_to_cli"] as const);

/** Direction in which two sessions of one participant were linked. */
export const SessionLinkTypeSchema = stringEnum(SESSION_LINK_TYPES, "Direction of the link between the two sessions.");
