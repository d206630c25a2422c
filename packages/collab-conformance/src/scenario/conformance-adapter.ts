import type { ParticipantIdentity } from "@sk/collab-contracts";
import { reduceCollaborationEvents } from "@sk/collab-reducer";
import type { EventEnvelope } from "@sk/event-envelope";
import type { ScenarioMode } from "./scenario-outcome.js";

/** What a scenario asks the reducer under test for, per mode. */
export interface ConformanceReduceOptions {
  readonly mode: ScenarioMode;
  /** The scenario's roster, when it has one. */
  readonly roster?: Readonly<Record<string, ParticipantIdentity>>;
  /** The scenario's mission id, when it has one. */
  readonly missionId?: string;
}

/**
 * The implementation a conformance run checks. `reduce` gets a scenario's
 * events exactly as the file holds them (plain JSON, out of order, with
 * duplicates; a fresh copy per call) and returns the reduced state, which
 * is compared as plain JSON with the expected one; or it throws, and the
 * thrown value's `code` and `event_id` are compared with the error strict
 * mode expects.
 */
export interface ConformanceAdapter {
  reduce(events: readonly unknown[], options: ConformanceReduceOptions): unknown;
}

/** The default adapter: the installed `reduceCollaborationEvents`. */
export const batchReducerAdapter: ConformanceAdapter = Object.freeze({
  reduce: (events: readonly unknown[], options: ConformanceReduceOptions) => reduceCollaborationEvents(events as readonly EventEnvelope[], options),
});
