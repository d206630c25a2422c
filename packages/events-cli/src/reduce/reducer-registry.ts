import { collabReducerPlugin } from "./collab-reducer-plugin.js";
import { lifecycleReducerPlugin } from "./lifecycle-reducer-plugin.js";
import type { ReducerPlugin } from "./reducer-plugin.js";
import { statusReducerPlugin } from "./status-reducer-plugin.js";

/** The `--reducer` choices, from the reducer packages the CLI is built with. */
export const REDUCERS: Readonly<Record<string, ReducerPlugin>> = {
  collab: collabReducerPlugin,
  status: statusReducerPlugin,
  lifecycle: lifecycleReducerPlugin,
};
