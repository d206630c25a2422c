import { type Parsed, type SafeParseResult, safeParseEvent, type ValidationWarning, type Violation } from "@sk/event-envelope";
import { CollaborationEventValidationError } from "../errors/collaboration-event-validation-error.js";
import { isCollaborationEventType } from "../event-types/event-types.js";
import { isObject } from "../internal/is-object.js";
import { violation } from "../internal/violation.js";
import { PAYLOAD_VALIDATORS } from "../registry/payload-map.js";
import type { CollaborationEvent } from "./collaboration-event.js";
import { aggregateMismatch } from "./mission-mapping.js";

/** A payload violation re-rooted at `/payload`, its message naming the new path. */
function underPayload(found: Violation): Violation {
  const path = `/payload${found.path}`;
  const field = found.path || "(root)";
  const rest = found.message.startsWith(`${field}: `) ? found.message.slice(field.length + 2) : found.message;
  return { ...found, path, message: `${path}: ${rest}` };
}

/** What the payload of a collaboration event breaks, and the mission mapping when the payload names its mission. */
function eventViolations(value: Readonly<Record<string, unknown>>, eventType: string): Violation[] {
  if (!isCollaborationEventType(eventType)) {
    return [violation("/event_type", "enum", eventType, "expected one of the 14 collaboration event types")];
  }
  const payload = value["payload"] === undefined ? {} : value["payload"];
  if (!isObject(payload)) return []; // the envelope already reports `/payload`
  const violations = PAYLOAD_VALIDATORS[eventType].violations(payload).map(underPayload);
  const missionId = payload["mission_id"];
  const mismatch = typeof missionId === "string" && missionId.length > 0 ? aggregateMismatch(value["aggregate_id"], missionId) : undefined;
  // An aggregate_id that is not a string is already an envelope violation.
  if (mismatch !== undefined && typeof value["aggregate_id"] === "string") violations.push(mismatch);
  return violations;
}

/**
 * Checks an unknown value as a collaboration event in one pass: the envelope,
 * the payload of its `event_type` (one of the 14) and the canonical mission
 * mapping (`aggregate_id = mission/{payload.mission_id}`; `correlation_id`,
 * the mission run, is a ULID by the envelope's rules). Never throws: returns
 * the canonical event, typed as the `CollaborationEvent` union, or every
 * violation (JSON pointer from the event's root, rule, value), with the
 * warnings either way (a timestamp without an offset: `TIMESTAMP_WITHOUT_OFFSET`).
 */
export function safeParseCollaborationEvent(value: unknown): SafeParseResult<CollaborationEvent> {
  const envelope = safeParseEvent(value);
  const warnings: readonly ValidationWarning[] = envelope.warnings;
  const eventType = isObject(value) ? value["event_type"] : undefined;
  const more = typeof eventType === "string" && isObject(value) ? eventViolations(value, eventType) : [];
  if (envelope.ok && more.length === 0) return { ok: true, value: envelope.value as CollaborationEvent, warnings };
  const violations = Object.freeze([...(envelope.ok ? [] : envelope.violations), ...more]);
  return { ok: false, violations, warnings };
}

/**
 * `safeParseCollaborationEvent`, throwing: returns `{ value, warnings }` with
 * the canonical, typed event, or throws `CollaborationEventValidationError`
 * listing every violation of the envelope, the payload and the mapping.
 */
export function parseCollaborationEvent(value: unknown): Parsed<CollaborationEvent> {
  const result = safeParseCollaborationEvent(value);
  if (!result.ok) throw new CollaborationEventValidationError(result.violations, value);
  return { value: result.value, warnings: result.warnings };
}
