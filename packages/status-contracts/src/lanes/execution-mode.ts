import type { Static } from "@sinclair/typebox";
import { stringEnum } from "../schema/fields.js";

/** Where the work happens: a dedicated worktree, or directly in the repository. */
export const EXECUTION_MODES = Object.freeze(["worktree", "direct_repo"] as const);

/** Schema of `ExecutionMode`. */
export const ExecutionModeSchema = stringEnum(EXECUTION_MODES, "Where the work happens: `worktree` or `direct_repo`.");

/** Where the work happens: `worktree` or `direct_repo`. */
export type ExecutionMode = Static<typeof ExecutionModeSchema>;
