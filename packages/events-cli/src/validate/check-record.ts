import { safeParseEvent } from "@sk/event-envelope";
import { domainOf } from "../domains/registry.js";
import type { LogRecord } from "../input/log-record.js";
import { stringField } from "../internal/string-field.js";
import { type Problem, problemOf, type Warning, warningOf } from "./problem.js";

/** What validation found in one element. */
export interface RecordCheck {
  /** The element's `event_type` when it is a string, else `null`. */
  readonly eventType: string | null;
  /** The domain that owns the type, or `null` when no installed package knows it. */
  readonly domain: string | null;
  readonly problems: readonly Problem[];
  /** What the validators accepted but flag. */
  readonly warnings: readonly Warning[];
}

/**
 * Checks one element: JSON, then the envelope, then (for a type an
 * installed package knows) the domain's own rules. An unknown type is only
 * a problem with `strictTypes`.
 */
export function checkRecord(record: LogRecord, strictTypes: boolean): RecordCheck {
  if (record.error !== undefined) {
    return { eventType: null, domain: null, problems: [{ line: record.line, event_id: null, pointer: "", rule: "json", message: record.error }], warnings: [] };
  }
  const eventId = stringField(record.value, "event_id");
  const eventType = stringField(record.value, "event_type");
  const domain = eventType === null ? undefined : domainOf(eventType);
  const envelope = safeParseEvent(record.value);
  const warnings = envelope.warnings.map((warning) => warningOf(record.line, eventId, warning));
  if (!envelope.ok) {
    return { eventType, domain: domain?.name ?? null, problems: envelope.violations.map((violation) => problemOf(record.line, eventId, violation)), warnings };
  }
  if (domain === undefined) {
    const problems: Problem[] = strictTypes
      ? [{ line: record.line, event_id: eventId, pointer: "/event_type", rule: "knownEventType", value: eventType, message: `/event_type: no installed package defines event type ${JSON.stringify(eventType)} (rule: knownEventType)` }]
      : [];
    return { eventType, domain: null, problems, warnings };
  }
  return { eventType, domain: domain.name, problems: domain.check(envelope.value).map((violation) => problemOf(record.line, eventId, violation)), warnings };
}
