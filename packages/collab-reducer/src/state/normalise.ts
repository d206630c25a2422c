import type { FocusTarget, ParticipantIdentity } from "@sk/collab-contracts";
import type { FocusTargetEntry, ParticipantIdentityEntry } from "./reduced-state.js";

/** Exactly the four identity fields, absent optionals as `null`, frozen (extra wire fields dropped). */
export function normaliseIdentity(identity: ParticipantIdentity): ParticipantIdentityEntry {
  return Object.freeze({
    participant_id: identity.participant_id,
    participant_type: identity.participant_type,
    display_name: identity.display_name ?? null,
    session_id: identity.session_id ?? null,
  });
}

/**
 * Exactly `target_type` and `target_id` (extra wire fields dropped). Not
 * frozen yet: the emitted state freezes the few still current, while a
 * stream replaces most focuses before any state is read.
 */
export function normaliseFocusTarget(target: FocusTarget): FocusTargetEntry {
  return { target_type: target.target_type, target_id: target.target_id };
}
