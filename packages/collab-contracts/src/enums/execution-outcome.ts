import type { Static } from "@sinclair/typebox";
import { stringEnum } from "../schema/fields.js";

/** Outcome of a prompt step execution. */
export type ExecutionOutcome = Static<typeof ExecutionOutcomeSchema>;

/** The allowed `ExecutionOutcome` values, in documentation order. */
export const EXECUTION_OUTCOMES = Object.freeze(["success", "failure", "skipped"] as const);

/** Outcome of a prompt step execution. */
export const ExecutionOutcomeSchema = stringEnum(EXECUTION_OUTCOMES, "How the prompt step execution ended.");
