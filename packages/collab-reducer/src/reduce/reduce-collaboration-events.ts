import type { EventEnvelope } from "@sk/event-envelope";
import { foldEvent } from "../fold/fold-event.js";
import { initialState } from "../fold/working-state.js";
import type { CollaborationReducerOptions } from "../options/reducer-options.js";
import { resolveOptions } from "../options/resolve-options.js";
import { emitState } from "../state/emit-state.js";
import type { ReducedCollaborationState } from "../state/reduced-state.js";
import { requireEventArray } from "./collaboration-events.js";
import { invalidEnvelopeAnomaly } from "./invalid-envelope-anomaly.js";
import { orderEvents } from "./ordered-events.js";
import { TOUCH_BLOCK, touchAhead } from "./touch-ahead.js";

/**
 * Reduces collaboration events to a `ReducedCollaborationState` (spec
 * section 3): filter the 14 types (others are ignored and not counted; an
 * element without a string `event_type` counts as one) → check each is a
 * valid envelope (permissive: an `INVALID_ENVELOPE` anomaly each, listed
 * first in canonical-JSON order, the element skipped and not counted;
 * strict: one `InvalidEnvelopeError` listing them all) → sort → dedup →
 * per event: conflict anomaly, payload schema, mission, rule-table
 * handler → a deeply frozen, plain-JSON state. Permissive mode never
 * aborts on an element of the log.
 *
 * Pure and deterministic: any permutation of the same events (duplicates
 * included) gives a deep-equal result, and neither `events` nor the events
 * are modified.
 *
 * @param events Event envelopes of any types.
 * @param options `mode` (default `strict`), `roster`, `missionId`.
 * @throws ArgumentError for bad options or a non-array `events`.
 * @throws In strict mode, `InvalidEnvelopeError` listing every element that
 *   is not a valid envelope; else the first rule violation: `PayloadValidationError`,
 *   `MissionMismatchError`, `UnknownParticipantError`,
 *   `DepartedParticipantError`, `CompletionWithoutStartError` or
 *   `UnknownWarningError` (all `CollaborationError`s).
 */
export function reduceCollaborationEvents(
  events: readonly EventEnvelope[],
  options?: CollaborationReducerOptions,
): ReducedCollaborationState {
  const resolved = resolveOptions(options);
  requireEventArray(events);
  const ordered = orderEvents(events, resolved.mode === "strict");
  const state = initialState(resolved);
  for (const element of ordered.invalid) state.anomalies.push(invalidEnvelopeAnomaly(element));
  const versions = ordered.versions;
  const sorted = ordered.events;
  for (let at = 0; at < sorted.length; at++) {
    if (at % TOUCH_BLOCK === 0) touchAhead(sorted, at);
    const event = sorted[at]!;
    foldEvent(state, event, versions.size === 0 ? 1 : (versions.get(event) ?? 1));
  }
  return emitState(state);
}
