import type { Lane } from "@sk/status-contracts";

/** One repository of a finished work package; `files_touched` is `null` when not reported. */
export interface RepoEvidenceEntry {
  readonly repo: string;
  readonly branch: string;
  readonly commit: string;
  readonly files_touched: readonly string[] | null;
}

/** One verification run; `summary` is `null` when not given. */
export interface VerificationEntryState {
  readonly command: string;
  readonly result: string;
  readonly summary: string | null;
}

/** The review that accepted the work; `reference` is `null` when not given. */
export interface ReviewVerdictEntry {
  readonly reviewer: string;
  readonly verdict: string;
  readonly reference: string | null;
}

/** The evidence of a work package in `done`: exactly the contract's fields, absent optionals as `null`. */
export interface DoneEvidenceEntry {
  readonly repos: readonly RepoEvidenceEntry[];
  readonly verification: readonly VerificationEntryState[];
  readonly review: ReviewVerdictEntry;
}

/** A work package after its last valid transition. */
export interface WpState {
  readonly wp_id: string;
  readonly current_lane: Lane;
  /** `event_id` (canonical, upper case) of the transition that set `current_lane`. */
  readonly last_event_id: string;
  /** That event's `timestamp`, exactly as on the wire. */
  readonly last_transition_at: string;
  /** The transition's evidence when `current_lane` is `done`, else `null`. */
  readonly evidence: DoneEvidenceEntry | null;
}

/**
 * An event the reducer did not apply, and why. `from_lane` / `to_lane` are
 * the payload's lanes (`doing` read as `in_progress`) when they are lanes,
 * else `null`; `wp_id` is the payload's `wp_id` when it is a non-empty
 * string, else `<unknown>`.
 */
export interface StatusAnomaly {
  /** The event's id (canonical, upper case); for an invalid envelope its raw `event_id` when a string, else `null`. */
  readonly event_id: string | null;
  readonly wp_id: string;
  readonly from_lane: Lane | null;
  readonly to_lane: Lane | null;
  readonly reason: string;
}

/** Output of `reduceStatusEvents`: deeply frozen, plain JSON. */
export interface ReducedStatusState {
  /** Work packages with at least one applied transition, keyed by `wp_id`. */
  readonly wp_states: Readonly<Record<string, WpState>>;
  /** Invalid envelopes, conflicting duplicates, invalid payloads, then rejected transitions. */
  readonly anomalies: readonly StatusAnomaly[];
  /** `WPStatusChanged` events after deduplication, invalid payloads included (invalid envelopes not). */
  readonly event_count: number;
  /** `event_id` of the last of them in processed order, or `null` when there are none. */
  readonly last_processed_event_id: string | null;
}
