import { ArgumentError } from "@sk/event-envelope/errors";
import type { ReducedLifecycleState } from "../state/lifecycle-state.js";
import { isOwnElement, type RawElement } from "./own-events.js";
import { requireEventArray } from "./event-array.js";
import { reduceLifecycleEvents } from "./reduce-lifecycle-events.js";

/** Reduced states by `aggregate_id`; any id is a safe key (`__proto__` included: keys are own properties). */
export type LifecycleStatesByMission = Readonly<Record<string, ReducedLifecycleState>>;

/**
 * Partitions a mixed log by `aggregate_id` and reduces each mission with
 * `reduceLifecycleEvents`. Keys are in code-unit order. Events of other
 * types are left out, whatever their shape.
 *
 * A mission or `WPStatusChanged` element (or one without a string
 * `event_type`) must say which mission it belongs to: when it is not an
 * object, or its `aggregate_id` is not a non-empty string, no mission can
 * report it, so this throws `ArgumentError` naming `events[i]` or
 * `events[i].aggregate_id` instead of dropping it.
 */
export function reduceLifecyclesByMission(events: readonly unknown[]): LifecycleStatesByMission {
  requireEventArray(events);
  const byMission = new Map<string, unknown[]>();
  for (let index = 0; index < events.length; index++) {
    const element = events[index];
    if (!isOwnElement(element)) continue;
    if (typeof element !== "object" || element === null) {
      throw new ArgumentError(`events[${index}]`, "type", element, "expected an event envelope object");
    }
    const aggregateId = (element as RawElement).aggregate_id;
    if (typeof aggregateId !== "string" || aggregateId.length === 0) {
      throw new ArgumentError(`events[${index}].aggregate_id`, "minLength", aggregateId, "expected a non-empty string naming the event's mission");
    }
    const missionEvents = byMission.get(aggregateId);
    if (missionEvents === undefined) byMission.set(aggregateId, [element]);
    else missionEvents.push(element);
  }
  // Map keys are distinct, so the comparator never sees two equal ids.
  const ids = [...byMission.keys()].sort((a, b) => (a < b ? -1 : 1));
  return Object.freeze(Object.fromEntries(ids.map((id) => [id, reduceLifecycleEvents(byMission.get(id)!)])));
}
