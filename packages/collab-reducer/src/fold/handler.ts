import type { CollaborationEventType, CollaborationPayloadMap } from "@sk/collab-contracts";
import type { CollaborationEnvelope } from "./collaboration-envelope.js";
import type { WorkingState } from "./working-state.js";

/**
 * The Decider's `evolve` for one event type: applies a schema-valid event of
 * the current mission to the working state, making every change through
 * `state.changes`. It checks everything before it changes anything, so a
 * strict-mode throw leaves the state untouched. Returns false when the rule
 * table skips the event (permissive mode; strict mode throws instead).
 */
export type Handler<K extends CollaborationEventType> = (
  state: WorkingState,
  event: CollaborationEnvelope,
  payload: CollaborationPayloadMap[K],
) => boolean;

/** One handler per event type; the mapped type makes the compiler prove all 14 are handled. */
export type HandlerTable = { readonly [K in CollaborationEventType]: Handler<K> };
