import { ArgumentError, createMissionEvent, type LamportClock, type MissionEventInput } from "@sk/event-envelope";
import { isObject } from "../internal/is-object.js";
import { PayloadValidationError } from "../errors/payload-validation-error.js";
import { UnknownEventTypeError } from "../errors/unknown-event-type-error.js";
import { type CollaborationEventType, isCollaborationEventType } from "../event-types/event-types.js";
import type { CollaborationPayloadMap } from "../registry/payload-map.js";
import { validatePayload } from "../validate/validate-payload.js";
import type { CollaborationEventOf } from "./collaboration-event.js";

/** A payload as a producer writes it: `mission_id` may be left out (it is taken from `missionId`). */
export type CollaborationPayloadInput<K extends CollaborationEventType> = Omit<CollaborationPayloadMap[K], "mission_id"> & {
  readonly mission_id?: string;
};

/** What `createCollaborationEvent` needs; see `MissionEventInput` of `@sk/event-envelope`. */
export type CollaborationEventInput<K extends CollaborationEventType> = MissionEventInput<K, CollaborationPayloadInput<K>>;

function isClock(value: unknown): value is LamportClock | number {
  return typeof value === "number" || (isObject(value) && typeof value["tick"] === "function");
}

/** Rejects inputs that `createMissionEvent` would trip over with an untyped error. */
function assertInputShape(input: unknown): asserts input is CollaborationEventInput<CollaborationEventType> {
  if (!isObject(input)) throw new ArgumentError("input", "type", input, "expected an object");
  if (!isCollaborationEventType(input["eventType"])) throw new UnknownEventTypeError(input["eventType"]);
  if (!isObject(input["payload"])) throw new ArgumentError("payload", "type", input["payload"], "expected an object");
  if (!isClock(input["lamportClock"])) {
    throw new ArgumentError("lamportClock", "type", input["lamportClock"], "expected a number or a LamportClock");
  }
}

/**
 * Builds a collaboration event that obeys the canonical mission mapping
 * (`aggregate_id = mission/{mission_id}`, `correlation_id = missionRunId`)
 * and whose payload is valid for its event type. `mission_id` is added to
 * the payload when absent. Throws `ArgumentError` / `EnvelopeValidationError`
 * (from `createMissionEvent`) for a bad envelope field, `UnknownEventTypeError`
 * for an unknown event type and `PayloadValidationError` for a bad payload.
 * A refused event consumes nothing: the clock does not tick and no event id
 * is minted (the error names `input.eventId`, or no id). The caller's input
 * is not modified.
 */
export function createCollaborationEvent<K extends CollaborationEventType>(input: CollaborationEventInput<K>): CollaborationEventOf<K> {
  assertInputShape(input);
  const event = createMissionEvent(input, {
    checkPayload: (payload) => {
      const result = validatePayload(input.eventType, payload);
      if (!result.ok) throw new PayloadValidationError(input.eventType, result.violations, { eventId: input.eventId?.toUpperCase() ?? null, payload });
    },
  });
  return event as unknown as CollaborationEventOf<K>;
}
