import { reduceLifecycleEvents, reduceLifecyclesByMission } from "@sk/lifecycle-reducer";

/**
 * The reducers the scenarios run through. By default the `@sk`
 * implementations; a team passes its own (all or some) to prove that its
 * implementation reads the fixtures the same way. Each takes the
 * scenario's events, as plain JSON and in the file's order, and returns
 * the reduced state (compared as plain JSON) or throws (an error is
 * compared by its `code` and message).
 */
export interface LifecycleConformanceAdapter {
  readonly reduceLifecycleEvents?: (events: readonly unknown[]) => unknown;
  readonly reduceLifecyclesByMission?: (events: readonly unknown[]) => unknown;
}

/** An adapter with every reducer filled in. */
export type ResolvedAdapter = Required<LifecycleConformanceAdapter>;

/** The given reducers, the `@sk` ones for the rest. */
export function resolveAdapter(adapter: LifecycleConformanceAdapter = {}): ResolvedAdapter {
  return {
    reduceLifecycleEvents: adapter.reduceLifecycleEvents ?? reduceLifecycleEvents,
    reduceLifecyclesByMission: adapter.reduceLifecyclesByMission ?? reduceLifecyclesByMission,
  };
}
