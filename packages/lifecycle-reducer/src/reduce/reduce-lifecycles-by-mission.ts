import type { ReducedLifecycleState } from "../state/lifecycle-state.js";
import { requireEventArray } from "./event-array.js";
import { keptEvents } from "./kept-events.js";
import { lifecycleStateOf } from "./lifecycle-state-of.js";
import { partitionByMission } from "./mission-partition.js";

/** Reduced states by `aggregate_id`; any id is a safe key (`__proto__` included: keys are own properties). */
export type LifecycleStatesByMission = Readonly<Record<string, ReducedLifecycleState>>;

/**
 * Partitions a mixed log by `aggregate_id` and reduces each mission as
 * `reduceLifecycleEvents` does. Keys are in code-unit order. Events of
 * other types are left out, whatever their shape.
 *
 * A mission or `WPStatusChanged` element (or one without a string
 * `event_type`) must say which mission it belongs to: when it is not an
 * object, or its `aggregate_id` is not a non-empty string, no mission can
 * report it, so this throws `ArgumentError` naming `events[i]` or
 * `events[i].aggregate_id` instead of dropping it.
 */
export function reduceLifecyclesByMission(events: readonly unknown[]): LifecycleStatesByMission {
  requireEventArray(events);
  const { ids, elements } = partitionByMission(events);
  // Each mission's valid envelopes share its aggregate_id, so the single-mission check has nothing to find.
  const order = Array.from(ids.keys()).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  return Object.freeze(Object.fromEntries(order.map((mission) => [ids[mission]!, lifecycleStateOf(keptEvents(elements[mission]!))])));
}
