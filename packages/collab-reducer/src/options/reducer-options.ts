import type { ParticipantIdentity } from "@sk/collab-contracts";

/**
 * `strict` throws a typed error at the first rule violation (use it where
 * the stream is trusted and a violation is a bug); `permissive` records an
 * anomaly and carries on (use it for display and recovery).
 */
export type ReducerMode = "strict" | "permissive";

/** Options of `reduceCollaborationEvents` and `createCollaborationReducer`. */
export interface CollaborationReducerOptions {
  /** Default `strict`. */
  readonly mode?: ReducerMode;
  /**
   * Seeds the active roster (participant_id → identity), so that a window of
   * events can be reduced without its `ParticipantJoined` history.
   */
  readonly roster?: Readonly<Record<string, ParticipantIdentity>>;
  /** The mission the events must belong to; otherwise the first valid event's `mission_id`. */
  readonly missionId?: string;
}

/** Options of `createCollaborationReducer`: the batch options and the reorder window. */
export interface LiveReducerOptions extends CollaborationReducerOptions {
  /**
   * How many of the newest applied events the reducer keeps to fold late
   * events in their place (default 1,000; 0 keeps none). An event that
   * sorts before all of them is reported `late`.
   */
  readonly window?: number;
}
