import { isUlid, type Violation } from "@sk/event-envelope";
import { isObject } from "../internal/is-object.js";
import { violation } from "../internal/violation.js";
import { aggregateMismatch } from "./mission-mapping.js";

function missionMapping(event: Record<string, unknown>): Violation[] {
  const aggregateId = event["aggregate_id"];
  const payload = event["payload"];
  const missionId = isObject(payload) ? payload["mission_id"] : undefined;
  if (typeof missionId !== "string" || missionId.length === 0) {
    return [violation("/aggregate_id", "missionMapping", aggregateId, "expected mission/{payload.mission_id}, but payload.mission_id is not a non-empty string")];
  }
  const mismatch = aggregateMismatch(aggregateId, missionId);
  return mismatch === undefined ? [] : [mismatch];
}

/**
 * Reports how an event breaks the canonical mission envelope mapping:
 * `aggregate_id` must be `mission/{payload.mission_id}` (rule
 * `missionMapping`) and `correlation_id` must be a ULID, the mission run
 * (rule `pattern`). Returns `[]` for a conforming event. Never throws:
 * anything that is not an object yields one `type` violation at `""`.
 */
export function checkEnvelopeMapping(event: unknown): readonly Violation[] {
  if (!isObject(event)) return Object.freeze([violation("", "type", event, "expected an event envelope object")]);
  const violations = missionMapping(event);
  const correlationId = event["correlation_id"];
  if (!isUlid(correlationId)) {
    violations.push(violation("/correlation_id", "pattern", correlationId, "expected the ULID of the mission run"));
  }
  return Object.freeze(violations);
}
