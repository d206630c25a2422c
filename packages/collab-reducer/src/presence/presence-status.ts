import { isTimestamp } from "@sk/event-envelope";
import { ArgumentError } from "@sk/event-envelope/errors";
import type { ReducedCollaborationState } from "../state/reduced-state.js";

/** A participant's presence: heard from within the threshold, or not. */
export type PresenceStatus = "active" | "stale";

function instantOf(now: unknown): number {
  if (now instanceof Date) {
    const time = now.getTime();
    if (Number.isFinite(time)) return time;
    throw new ArgumentError("now", "type", now, "expected a valid Date");
  }
  if (typeof now === "number") {
    if (Number.isFinite(now)) return now;
    throw new ArgumentError("now", "type", now, "expected a finite number of milliseconds since the epoch");
  }
  if (isTimestamp(now)) return Date.parse(now);
  throw new ArgumentError("now", "type", now, "expected a Date, epoch milliseconds or an RFC 3339 timestamp with an offset");
}

function presenceOf(state: unknown): Readonly<Record<string, unknown>> {
  const presence = typeof state === "object" && state !== null ? (state as { readonly presence?: unknown }).presence : undefined;
  if (typeof presence !== "object" || presence === null || Array.isArray(presence)) {
    throw new ArgumentError("state.presence", "type", presence, "expected a reduced collaboration state with a presence map");
  }
  return presence as Readonly<Record<string, unknown>>;
}

/**
 * Derives each present participant's status from the last heartbeat:
 * `stale` when more than `staleAfterMs` milliseconds passed between it and
 * `now`, otherwise `active` (a heartbeat from the future is `active`).
 * Staleness is the caller's policy; the state only holds the timestamps.
 *
 * Instants come from `Date.parse`, which keeps milliseconds only: fine for
 * wall-clock staleness (never use it for ordering; the ordering key is the
 * timestamp string). Keys are own properties, so any participant id is safe.
 *
 * @param now A `Date`, epoch milliseconds, or an RFC 3339 timestamp with an offset.
 * @param staleAfterMs A finite number of milliseconds `>= 0`.
 * @throws ArgumentError naming `state.presence…`, `now` or `staleAfterMs`.
 */
export function presenceStatus(
  state: Pick<ReducedCollaborationState, "presence">,
  now: Date | string | number,
  staleAfterMs: number,
): Readonly<Record<string, PresenceStatus>> {
  const presence = presenceOf(state);
  const instant = instantOf(now);
  if (typeof staleAfterMs !== "number" || !Number.isFinite(staleAfterMs) || staleAfterMs < 0) {
    throw new ArgumentError("staleAfterMs", "minimum", staleAfterMs, "expected a finite number of milliseconds >= 0");
  }
  const statuses: [string, PresenceStatus][] = [];
  for (const participantId of Object.keys(presence)) {
    const timestamp = presence[participantId];
    if (!isTimestamp(timestamp)) {
      throw new ArgumentError(`state.presence[${JSON.stringify(participantId)}]`, "pattern", timestamp, "expected an RFC 3339 timestamp with an offset");
    }
    statuses.push([participantId, instant - Date.parse(timestamp) > staleAfterMs ? "stale" : "active"]);
  }
  return Object.freeze(Object.fromEntries(statuses));
}
