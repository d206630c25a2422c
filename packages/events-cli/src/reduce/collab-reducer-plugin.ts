import { COLLABORATION_EVENT_TYPES, type ParticipantIdentity } from "@sk/collab-contracts";
import { type CollaborationReducerOptions, createCollaborationReducer, type ReducedCollaborationState, reduceCollaborationEvents } from "@sk/collab-reducer";
import type { EventEnvelope } from "@sk/event-envelope";
import { summariseCollaboration } from "../summary/collaboration-summary.js";
import type { ReduceRunOptions, ReducerPlugin } from "./reducer-plugin.js";

const types: ReadonlySet<unknown> = COLLABORATION_EVENT_TYPES;

function reducerOptions(options: ReduceRunOptions): CollaborationReducerOptions {
  const roster = options.roster as Readonly<Record<string, ParticipantIdentity>> | undefined;
  return roster === undefined ? { mode: options.mode } : { mode: options.mode, roster };
}

/**
 * `--reducer collab`: `@sk/collab-reducer`, live (its default reorder window)
 * while the log is nearly ordered.
 */
export const collabReducerPlugin: ReducerPlugin<ReducedCollaborationState> = {
  takesRoster: true,
  owns: (eventType) => typeof eventType !== "string" || types.has(eventType),
  reduce: (events, options) => reduceCollaborationEvents(events as readonly EventEnvelope[], reducerOptions(options)),
  live: (options) => {
    const reducer = createCollaborationReducer(reducerOptions(options));
    return {
      // "late": older than the reorder window; the caller reduces the log in one batch instead.
      apply: (event) => reducer.apply(event as EventEnvelope).outcome !== "late",
      state: () => reducer.state(),
    };
  },
  summarise: summariseCollaboration,
};
