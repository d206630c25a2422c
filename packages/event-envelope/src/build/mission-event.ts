import { monotonicFactory } from "ulid";
import { ArgumentError } from "../errors/argument-error.js";
import type { EventEnvelope } from "../schema/event-envelope.js";
import { EnvelopeValidationError } from "../errors/validation-error.js";
import { OFFSET_TIMESTAMP_REGEX } from "../schema/patterns.js";
import { safeParseEvent } from "../validate/parse-event.js";
import type { LamportClock } from "./lamport-clock.js";

/** Monotonic within this process: ids minted in one millisecond still sort in order. */
const nextUlid = monotonicFactory();

/** What a caller supplies to build a mission event; the rest is filled in. */
export interface MissionEventInput<TType extends string, TPayload extends object> {
  readonly missionId: string;
  /** ULID of the mission run; becomes `correlation_id`. */
  readonly missionRunId: string;
  readonly eventType: TType;
  /** Payload; `mission_id` is added when absent and must match when present. */
  readonly payload: TPayload;
  readonly nodeId: string;
  readonly projectUuid: string;
  /** A clock to `tick()`, or an explicit Lamport value. */
  readonly lamportClock: LamportClock | number;
  readonly projectSlug?: string | null;
  readonly causationId?: string | null;
  /** Defaults to now, in UTC with millisecond precision; must carry an offset (`Z` or `±HH:MM`). */
  readonly timestamp?: string;
  /** Defaults to a fresh monotonic ULID. */
  readonly eventId?: string;
  readonly schemaVersion?: string;
  readonly dataTier?: number;
}

function isOffsetTimestamp(value: unknown): boolean {
  return typeof value === "string" && OFFSET_TIMESTAMP_REGEX.test(value);
}

/** The aggregate id of a mission: `mission/{missionId}`. */
export function missionAggregateId(missionId: string): string {
  return `mission/${missionId}`;
}

/** Options of `createMissionEvent`. */
export interface MissionEventOptions {
  /**
   * Called with the built payload (`mission_id` included) once the envelope
   * is known to be valid, before the clock ticks and an id is minted: throw
   * to refuse the event without consuming either.
   */
  readonly checkPayload?: (payload: Readonly<Record<string, unknown>>) => void;
}

/** Stands in for the id while the envelope is checked, so a refused event never mints one. */
const PLACEHOLDER_ID = "00000000000000000000000000";

function nextLamport(clock: LamportClock | number): number {
  if (typeof clock === "number") return clock;
  const value: unknown = clock.tick();
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new ArgumentError("lamportClock", "safeInteger", value, "expected tick() to return a safe integer >= 0");
  }
  return value as number;
}

/**
 * Builds a mission event that obeys the canonical mapping
 * (`aggregate_id = mission/{mission_id}`, `correlation_id = mission run`),
 * validated like any parsed envelope. Throws `ArgumentError` or
 * `EnvelopeValidationError` naming the offending field. A refused event
 * consumes nothing: the clock ticks and the id is minted only once
 * everything else is valid.
 */
export function createMissionEvent<TType extends string, TPayload extends object>(
  input: MissionEventInput<TType, TPayload>,
  options: MissionEventOptions = {},
): EventEnvelope<TType, TPayload & { readonly mission_id: string }> {
  if (typeof input.missionId !== "string" || input.missionId.length === 0) {
    throw new ArgumentError("missionId", "minLength", input.missionId, "expected a non-empty string");
  }
  const given = (input.payload as { readonly mission_id?: unknown }).mission_id;
  if (given !== undefined && given !== input.missionId) {
    throw new ArgumentError("payload.mission_id", "missionMapping", given, `expected "${input.missionId}" (the missionId)`);
  }
  if (input.timestamp !== undefined && !isOffsetTimestamp(input.timestamp)) {
    throw new ArgumentError("timestamp", "pattern", input.timestamp, "expected an RFC 3339 date-time with an offset (Z or ±HH:MM); builders never emit a naive timestamp");
  }
  const envelope = {
    event_id: input.eventId,
    event_type: input.eventType,
    aggregate_id: missionAggregateId(input.missionId),
    payload: { ...input.payload, mission_id: input.missionId },
    timestamp: input.timestamp ?? new Date().toISOString(),
    node_id: input.nodeId,
    lamport_clock: typeof input.lamportClock === "number" ? input.lamportClock : undefined,
    causation_id: input.causationId ?? null,
    project_uuid: input.projectUuid,
    project_slug: input.projectSlug ?? null,
    correlation_id: input.missionRunId,
    schema_version: input.schemaVersion,
    data_tier: input.dataTier,
  };
  const result = safeParseEvent({ ...envelope, event_id: input.eventId ?? PLACEHOLDER_ID, lamport_clock: envelope.lamport_clock ?? 0 });
  if (!result.ok) throw new EnvelopeValidationError(result.violations, envelope);
  options.checkPayload?.(result.value.payload);
  const lamport = nextLamport(input.lamportClock);
  const event = { ...result.value, event_id: input.eventId === undefined ? nextUlid() : result.value.event_id, lamport_clock: lamport };
  return event as EventEnvelope<TType, TPayload & { readonly mission_id: string }>;
}
