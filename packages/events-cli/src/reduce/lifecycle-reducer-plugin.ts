import { isLifecycleEventType } from "@sk/lifecycle-contracts";
import { type ReducedLifecycleState, reduceLifecycleEvents } from "@sk/lifecycle-reducer";
import { WP_STATUS_CHANGED } from "@sk/status-contracts";
import { summariseLifecycle } from "../summary/lifecycle-summary.js";
import type { ReducerPlugin } from "./reducer-plugin.js";

/** `--reducer lifecycle`: `@sk/lifecycle-reducer` (mission events and the WP transitions inside them), one batch per mission. */
export const lifecycleReducerPlugin: ReducerPlugin<ReducedLifecycleState> = {
  takesRoster: false,
  owns: (eventType) => typeof eventType !== "string" || eventType === WP_STATUS_CHANGED || isLifecycleEventType(eventType),
  reduce: (events) => reduceLifecycleEvents(events),
  summarise: summariseLifecycle,
};
