import { isTimestamp } from "@sk/event-envelope";
import { ArgumentError } from "@sk/event-envelope/errors";
import type { ReducedCollaborationState } from "../state/reduced-state.js";

/**
 * A participant's presence: heard from within the threshold (`active`), not
 * (`stale`), or no instant to judge by (`unknown`: an active participant
 * who never sent a heartbeat, or whose last heartbeat has no offset).
 */
export type PresenceStatus = "active" | "stale" | "unknown";

/** A wall-clock timestamp without an offset (what the CLI 1.x writes): valid on the wire, but no instant. */
const NAIVE_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?$/;

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
  if (isTimestamp(now) && !NAIVE_TIMESTAMP.test(now)) return Date.parse(now);
  throw new ArgumentError("now", "type", now, "expected a Date, epoch milliseconds or an RFC 3339 timestamp with an offset");
}

function recordOf(state: unknown, field: "presence" | "participants"): Readonly<Record<string, unknown>> {
  const value = typeof state === "object" && state !== null ? (state as Readonly<Record<string, unknown>>)[field] : undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ArgumentError(`state.${field}`, "type", value, `expected a reduced collaboration state with a ${field} map`);
  }
  return value as Readonly<Record<string, unknown>>;
}

function statusOf(participantId: string, timestamp: unknown, instant: number, staleAfterMs: number): PresenceStatus {
  if (typeof timestamp === "string" && NAIVE_TIMESTAMP.test(timestamp)) return "unknown";
  if (!isTimestamp(timestamp)) {
    throw new ArgumentError(`state.presence[${JSON.stringify(participantId)}]`, "pattern", timestamp, "expected an RFC 3339 timestamp");
  }
  return instant - Date.parse(timestamp) > staleAfterMs ? "stale" : "active";
}

/**
 * Derives a status for every participant with a heartbeat and every active
 * participant: `stale` when more than `staleAfterMs` milliseconds passed
 * between the last heartbeat and `now`, otherwise `active` (a heartbeat from
 * the future is `active`); `unknown` for an active participant who never
 * sent a heartbeat, and for a heartbeat timestamp without an offset: that is
 * a local wall clock of an unknown zone, so no instant is assumed (treating
 * it as UTC would misjudge every producer outside UTC by hours).
 * Staleness is the caller's policy; the state only holds the timestamps.
 *
 * Heartbeat entries come first, in the state's order, then active
 * participants without one, in roster order. Instants come from
 * `Date.parse`, which keeps milliseconds only: fine for wall-clock
 * staleness, never used for ordering. Keys are own properties, so any
 * participant id is safe.
 *
 * @param now A `Date`, epoch milliseconds, or an RFC 3339 timestamp with an offset.
 * @param staleAfterMs A finite number of milliseconds `>= 0`.
 * @throws ArgumentError naming `state.presence…`, `state.participants`, `now` or `staleAfterMs`.
 */
export function presenceStatus(
  state: Pick<ReducedCollaborationState, "presence" | "participants">,
  now: Date | string | number,
  staleAfterMs: number,
): Readonly<Record<string, PresenceStatus>> {
  const presence = recordOf(state, "presence");
  const participants = recordOf(state, "participants");
  const instant = instantOf(now);
  if (typeof staleAfterMs !== "number" || !Number.isFinite(staleAfterMs) || staleAfterMs < 0) {
    throw new ArgumentError("staleAfterMs", "minimum", staleAfterMs, "expected a finite number of milliseconds >= 0");
  }
  const statuses = new Map<string, PresenceStatus>();
  for (const participantId of Object.keys(presence)) {
    statuses.set(participantId, statusOf(participantId, presence[participantId], instant, staleAfterMs));
  }
  for (const participantId of Object.keys(participants)) {
    if (!statuses.has(participantId)) statuses.set(participantId, "unknown");
  }
  return Object.freeze(Object.fromEntries(statuses));
}
