import type { Style } from "../output/style.js";

/** Options every reducer run gets from the command line. */
export interface ReduceRunOptions {
  readonly mode: "strict" | "permissive";
  /** participant_id → identity (`--roster`), for the reducers that take one. */
  readonly roster?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * A reducer that takes events one at a time for one mission. `apply`
 * returns `true` when the event was applied and `false` when the reducer
 * cannot apply it here (it arrived too late for its window): the caller
 * then reduces the whole log in one batch. A rule violation throws, and so
 * does an event that is not a valid envelope (a typed error: the caller
 * leaves the envelope check to `apply`, so that each event is validated
 * once).
 */
export interface LiveMissionReducer<State> {
  apply(event: unknown): boolean;
  state(): State;
}

/** What `summarise` knows about a mission besides its state. */
export interface MissionContext {
  readonly aggregateId: string;
  /** The timestamp of the mission's last event in canonical order (presence ages are relative to it). */
  readonly lastTimestamp: string;
}

/**
 * One `--reducer`: the event types it owns, a batch reduction of one
 * mission's events, optionally a live reducer for bounded memory, and its
 * summary tables. A new reducer is one object like this in `REDUCERS`.
 */
export interface ReducerPlugin<State = unknown> {
  /** Whether an element belongs to this reducer: its type is one of its own, or it has no string `event_type`. */
  owns(eventType: unknown): boolean;
  /** Reduces one mission's events (throws a typed error in strict mode). */
  reduce(events: readonly unknown[], options: ReduceRunOptions): State;
  /** A live reducer for one mission, when the package has one. */
  live?: ((options: ReduceRunOptions) => LiveMissionReducer<State>) | undefined;
  /** Readable tables of one mission's state. */
  summarise(state: State, mission: MissionContext, style: Style): string;
  /** Whether the roster option applies. */
  readonly takesRoster: boolean;
}
