import { SkError } from "@sk/event-envelope/errors";
import type { ReducedCollaborationState } from "../../src/index.ts";

/** A reduction's result, or its error's class, code and event_id. */
export type Outcome =
  | { readonly state: ReducedCollaborationState }
  | { readonly error: { readonly name: string; readonly code: string; readonly event_id: unknown } };

/** Runs a reduction and captures its outcome; errors that are not `SkError`s are rethrown. */
export function outcome(run: () => ReducedCollaborationState): Outcome {
  try {
    return { state: run() };
  } catch (error) {
    if (!SkError.isInstance(error)) throw error;
    return { error: { name: error.name, code: error.code, event_id: (error as { event_id?: unknown }).event_id } };
  }
}
