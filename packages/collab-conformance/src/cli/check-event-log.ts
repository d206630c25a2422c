import { isCollaborationEventType } from "@sk/collab-contracts";
import { type ReducedCollaborationState, type ReducerMode, reduceCollaborationEvents } from "@sk/collab-reducer";
import { type EventEnvelope, parseEvent, safeParseEvent, type ValidationWarning } from "@sk/event-envelope";
import { ArgumentError, SkError } from "@sk/event-envelope/errors";
import { type DualValidationResult, validateEvent } from "../validate/validate-event.js";

/** Both layers' verdict on one event of a log: its envelope, then its payload. */
export interface EventCheck {
  /** Position in the log as given. */
  readonly index: number;
  readonly event_id: string | null;
  readonly event_type: string | null;
  readonly envelope: DualValidationResult;
  /** `null` when the envelope is invalid or the event is not a collaboration event (the reducer ignores it). */
  readonly payload: DualValidationResult | null;
  /** Envelope and payload valid in both layers. */
  readonly valid: boolean;
  /** What the envelope parser accepted but flags (e.g. `TIMESTAMP_WITHOUT_OFFSET`): the producer should fix it. */
  readonly warnings: readonly ValidationWarning[];
}

/** The reducer's outcome on the log's valid envelopes. */
export type LogReduction =
  | { readonly mode: ReducerMode; readonly state: ReducedCollaborationState }
  | { readonly mode: ReducerMode; readonly error: { readonly code: string; readonly event_id: string | null; readonly message: string } };

/** What `checkEventLog` returns. */
export interface EventLogCheck {
  readonly events: readonly EventCheck[];
  readonly reduction: LogReduction;
  /** Every event valid, no layer disagreement, and the reducer did not throw. */
  readonly ok: boolean;
}

function stringField(value: unknown, key: string): string | null {
  if (typeof value !== "object" || value === null) return null;
  const field = (value as Readonly<Record<string, unknown>>)[key];
  return typeof field === "string" ? field : null;
}

function checkEvent(event: unknown, index: number): EventCheck {
  const envelope = validateEvent(event, "Event");
  const eventType = stringField(event, "event_type");
  const payload = envelope.valid && isCollaborationEventType(eventType) ? validateEvent((event as { readonly payload?: unknown }).payload ?? {}, eventType) : null;
  return {
    index,
    event_id: stringField(event, "event_id"),
    event_type: eventType,
    envelope,
    payload,
    valid: envelope.valid && (payload === null || payload.valid),
    warnings: safeParseEvent(event).warnings,
  };
}

function reduce(events: readonly EventEnvelope[], mode: ReducerMode): LogReduction {
  try {
    return { mode, state: reduceCollaborationEvents(events, { mode }) };
  } catch (error) {
    if (!SkError.isInstance(error)) throw error;
    const eventId = (error as { readonly event_id?: unknown }).event_id;
    return { mode, error: { code: error.code, event_id: typeof eventId === "string" ? eventId : null, message: error.message } };
  }
}

/** The events of a log file: a JSON array of envelopes, or an object with an `events` array (a scenario file). */
export function eventsOfLog(log: unknown): readonly unknown[] {
  if (Array.isArray(log)) return log;
  const events = typeof log === "object" && log !== null ? (log as { readonly events?: unknown }).events : undefined;
  if (Array.isArray(events)) return events;
  throw new ArgumentError("log", "type", log, "expected an array of event envelopes or an object with an events array");
}

/**
 * Validates every event of a log in both layers (envelope, then the payload
 * of collaboration events) and reduces the events whose envelope is valid in
 * `mode`. Reports a strict-mode rejection instead of throwing.
 */
export function checkEventLog(log: unknown, options: { readonly mode?: ReducerMode } = {}): EventLogCheck {
  const mode = options.mode ?? "strict";
  if (mode !== "strict" && mode !== "permissive") throw new ArgumentError("options.mode", "enum", mode, 'expected "strict" or "permissive"');
  const raw = eventsOfLog(log);
  const events = raw.map(checkEvent);
  // Both layers accepted these envelopes, so parsing them cannot fail.
  const envelopes = raw.filter((_, index) => events[index]?.envelope.valid === true).map((event) => parseEvent(event).value);
  const reduction = reduce(envelopes, mode);
  const disagreement = events.some((check) => check.envelope.disagreement || check.payload?.disagreement === true);
  return { events, reduction, ok: events.every((check) => check.valid) && !disagreement && "state" in reduction };
}
