import type { EventEnvelope } from "@sk/event-envelope";
import type { ReducerMode } from "../options/reducer-options.js";
import type { ParticipantIdentityEntry, ReducedCollaborationState } from "../state/reduced-state.js";

/** The `format` of snapshots this version writes and reads. */
export const SNAPSHOT_FORMAT = "sk.collab-reducer.snapshot.v2";

/** A live reducer's options as plain JSON (absent options are `null`). */
export interface SnapshotOptions {
  readonly mode: ReducerMode;
  readonly missionId: string | null;
  readonly roster: Readonly<Record<string, ParticipantIdentityEntry>> | null;
  readonly window: number;
}

/**
 * The working state before the window's first event: the reduced state's
 * fields (without the derived `participants_by_focus`), plus the pending
 * invitations, `mission_id` `null` while unknown and `active_drivers` unsorted.
 */
export interface SnapshotState extends Omit<ReducedCollaborationState, "mission_id" | "participants_by_focus"> {
  readonly mission_id: string | null;
  readonly invited: Readonly<Record<string, ParticipantIdentityEntry>>;
}

/**
 * Everything a live reducer needs to resume, as plain JSON, and no more
 * than the state plus the window: its options, the state before the
 * window (`base`), the canonical ids of the events applied before the
 * window (`sealed_ids`, so that their copies stay `late`), the newest of
 * those events (`sealed_last`, what `late` is judged against) and the
 * window's events (kept versions in processed order, then the other
 * versions of conflicting ids). Store it with the stream position it
 * reflects.
 */
export interface CollaborationReducerSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly options: SnapshotOptions;
  readonly base: SnapshotState;
  readonly sealed_ids: readonly string[];
  readonly sealed_last: EventEnvelope | null;
  readonly events: readonly EventEnvelope[];
}
