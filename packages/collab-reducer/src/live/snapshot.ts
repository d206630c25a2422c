import type { EventEnvelope } from "@sk/event-envelope";
import type { ReducerMode } from "../options/reducer-options.js";
import type { ParticipantIdentityEntry } from "../state/reduced-state.js";

/** The `format` of snapshots this version writes and reads. */
export const SNAPSHOT_FORMAT = "sk.collab-reducer.snapshot.v1";

/** A live reducer's options as plain JSON (absent options are `null`). */
export interface SnapshotOptions {
  readonly mode: ReducerMode;
  readonly missionId: string | null;
  readonly roster: Readonly<Record<string, ParticipantIdentityEntry>> | null;
}

/**
 * Everything a live reducer needs to resume, as plain JSON: its options and
 * every distinct event version it accepted (the kept events in processed
 * order, then the other versions of conflicting ids). Resuming replays the
 * events, so a snapshot is valid exactly when a reducer with these options
 * accepts them.
 */
export interface CollaborationReducerSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly options: SnapshotOptions;
  readonly events: readonly EventEnvelope[];
}
