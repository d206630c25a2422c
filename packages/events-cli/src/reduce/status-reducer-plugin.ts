import { WP_STATUS_CHANGED } from "@sk/status-contracts";
import { type ReducedStatusState, reduceStatusEvents } from "@sk/status-reducer";
import { summariseStatus } from "../summary/status-summary.js";
import type { ReducerPlugin } from "./reducer-plugin.js";

/** `--reducer status`: `@sk/status-reducer`, one batch per mission (it has no live reducer). */
export const statusReducerPlugin: ReducerPlugin<ReducedStatusState> = {
  takesRoster: false,
  owns: (eventType) => typeof eventType !== "string" || eventType === WP_STATUS_CHANGED,
  reduce: (events) => reduceStatusEvents(events),
  summarise: summariseStatus,
};
