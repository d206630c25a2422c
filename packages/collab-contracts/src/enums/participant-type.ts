import type { Static } from "@sinclair/typebox";
import { stringEnum } from "../schema/fields.js";

/** Kind of participant. Each LLM agent session is its own `llm_context` participant. */
export type ParticipantType = Static<typeof ParticipantTypeSchema>;

/** The allowed `ParticipantType` values, in documentation order. */
export const PARTICIPANT_TYPES = Object.freeze(["human", "llm_context"] as const);

/** Kind of participant. Each LLM agent session is its own `llm_context` participant. */
export const ParticipantTypeSchema = stringEnum(PARTICIPANT_TYPES, "Kind of participant: `human`, or `llm_context` for one LLM agent session. New values may arrive in a minor version.");
