import type { EventEnvelope, ValidationResult } from "@sk/event-envelope";
import { describe, expectTypeOf, it } from "vitest";
import type {
  CollaborationEvent,
  CollaborationEventOf,
  CollaborationEventType,
  CollaborationPayloadMap,
  CommentPostedPayload,
  ConcurrentDriverWarningPayload,
  DriveIntent,
  FocusTarget,
  ParticipantJoinedPayload,
} from "../../src/index.js";
import { assertPayload, createCollaborationEvent, validatePayload } from "../../src/index.js";

describe("CollaborationEvent", () => {
  it("narrows the payload through a switch on event_type", () => {
    const describe = (event: CollaborationEvent): string => {
      switch (event.event_type) {
        case "ParticipantJoined":
          expectTypeOf(event.payload).toEqualTypeOf<ParticipantJoinedPayload>();
          expectTypeOf(event.payload.auth_principal_id).toEqualTypeOf<string | null | undefined>();
          return event.payload.participant_identity.participant_type;
        case "CommentPosted":
          expectTypeOf(event.payload).toEqualTypeOf<CommentPostedPayload>();
          return event.payload.content;
        case "ConcurrentDriverWarning":
          expectTypeOf(event.payload).toEqualTypeOf<ConcurrentDriverWarningPayload>();
          expectTypeOf(event.payload.participant_ids).toEqualTypeOf<string[]>();
          expectTypeOf(event.payload.focus_target).toEqualTypeOf<FocusTarget>();
          return event.payload.severity;
        case "DriveIntentSet":
          expectTypeOf(event.payload.intent).toEqualTypeOf<DriveIntent>();
          // @ts-expect-error a DriveIntentSet payload has no content
          return event.payload.content;
        default:
          expectTypeOf(event.event_type).toEqualTypeOf<Exclude<CollaborationEventType, "ParticipantJoined" | "CommentPosted" | "ConcurrentDriverWarning" | "DriveIntentSet">>();
          return event.payload.mission_id;
      }
    };
    expectTypeOf(describe).parameter(0).toEqualTypeOf<CollaborationEvent>();
  });

  it("is the union of one envelope per event type", () => {
    expectTypeOf<CollaborationEventOf<"SessionLinked">>().toEqualTypeOf<EventEnvelope<"SessionLinked", CollaborationPayloadMap["SessionLinked"]>>();
    expectTypeOf<CollaborationEvent["event_type"]>().toEqualTypeOf<CollaborationEventType>();
    expectTypeOf<CollaborationEventOf<"SessionLinked">>().toMatchTypeOf<CollaborationEvent>();
  });

  it("maps every event type to a payload carrying mission_id", () => {
    expectTypeOf<keyof CollaborationPayloadMap>().toEqualTypeOf<CollaborationEventType>();
    expectTypeOf<CollaborationPayloadMap[CollaborationEventType]["mission_id"]>().toEqualTypeOf<string>();
  });
});

describe("typed validation and construction", () => {
  it("types validatePayload and assertPayload by event type", () => {
    const result = validatePayload("FocusChanged", {});
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<CollaborationPayloadMap["FocusChanged"]>();
    expectTypeOf(result).toEqualTypeOf<ValidationResult<CollaborationPayloadMap["FocusChanged"]>>();
    expectTypeOf(assertPayload("CommentPosted", {})).toEqualTypeOf<CommentPostedPayload>();
    // @ts-expect-error only the 14 event types are accepted
    validatePayload("MissionCreated", {});
  });

  it("types createCollaborationEvent's result and checks its payload input", () => {
    const base = { missionId: "m", missionRunId: "01J0MRXN0000000000000000AB", nodeId: "n", projectUuid: "u", lamportClock: 1 };
    const event = createCollaborationEvent({ ...base, eventType: "DriveIntentSet", payload: { participant_id: "p", intent: "active" } });
    expectTypeOf(event).toEqualTypeOf<CollaborationEventOf<"DriveIntentSet">>();
    // @ts-expect-error intent must be "active" or "inactive"
    createCollaborationEvent({ ...base, eventType: "DriveIntentSet", payload: { participant_id: "p", intent: "paused" } });
    // @ts-expect-error participant_id is required
    createCollaborationEvent({ ...base, eventType: "DriveIntentSet", payload: { intent: "active" } });
  });
});
