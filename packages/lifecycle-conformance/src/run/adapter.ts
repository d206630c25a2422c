import { reduceLifecycleEvents, reduceLifecyclesByMission } from "@sk/lifecycle-reducer";
import { canonicalToSyncV1, normalizeLane, validateTransition } from "@sk/status-contracts";
import { reduceStatusEvents } from "@sk/status-reducer";

/**
 * The implementation the fixtures run through. By default the `@sk`
 * packages; a team passes its own functions (all or some) to prove that
 * its implementation reads the fixtures the same way. Reducers take a
 * scenario's events (a fresh plain-JSON copy, in the file's order) and
 * return the state, compared as plain JSON, or throw (an expected error is
 * matched by the thrown value's `code` and the texts of its message).
 */
export interface LifecycleConformanceAdapter {
  readonly reduceLifecycleEvents?: (events: readonly unknown[]) => unknown;
  readonly reduceLifecyclesByMission?: (events: readonly unknown[]) => unknown;
  readonly reduceStatusEvents?: (events: readonly unknown[]) => unknown;
  /** Lane vectors: returns the canonical lane, or throws an error with `code` `UNKNOWN_LANE`. */
  readonly normalizeLane?: (value: unknown) => unknown;
  /** Lane vectors: returns the sync lane V1, or throws an error with `code` `UNKNOWN_LANE`. */
  readonly canonicalToSyncV1?: (value: never) => unknown;
  /** Transition vectors: returns `{ valid, violations }`, compared as plain JSON. */
  readonly validateTransition?: (input: never) => unknown;
}

/** An adapter with every function filled in. */
export type ResolvedAdapter = Required<LifecycleConformanceAdapter>;

/** The given functions, the `@sk` ones for the rest. */
export function resolveAdapter(adapter: LifecycleConformanceAdapter = {}): ResolvedAdapter {
  return {
    reduceLifecycleEvents: adapter.reduceLifecycleEvents ?? reduceLifecycleEvents,
    reduceLifecyclesByMission: adapter.reduceLifecyclesByMission ?? reduceLifecyclesByMission,
    reduceStatusEvents: adapter.reduceStatusEvents ?? reduceStatusEvents,
    normalizeLane: adapter.normalizeLane ?? normalizeLane,
    canonicalToSyncV1: adapter.canonicalToSyncV1 ?? canonicalToSyncV1,
    validateTransition: adapter.validateTransition ?? validateTransition,
  };
}
