import { SkError } from "@sk/event-envelope";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COLLABORATION_EVENT_TYPES,
  COMMENT_POSTED,
  CONCURRENT_DRIVER_WARNING,
  DECISION_CAPTURED,
  DRIVE_INTENT_SET,
  FOCUS_CHANGED,
  isCollaborationEventType,
  PARTICIPANT_INVITED,
  PARTICIPANT_JOINED,
  PARTICIPANT_LEFT,
  POTENTIAL_STEP_COLLISION_DETECTED,
  PRESENCE_HEARTBEAT,
  PROMPT_STEP_EXECUTION_COMPLETED,
  PROMPT_STEP_EXECUTION_STARTED,
  ReadOnlyCollectionError,
  SESSION_LINKED,
  WARNING_ACKNOWLEDGED,
} from "../../src/index.js";

const SPEC_ORDER = [
  "ParticipantInvited",
  "ParticipantJoined",
  "ParticipantLeft",
  "PresenceHeartbeat",
  "DriveIntentSet",
  "FocusChanged",
  "PromptStepExecutionStarted",
  "PromptStepExecutionCompleted",
  "ConcurrentDriverWarning",
  "PotentialStepCollisionDetected",
  "WarningAcknowledged",
  "CommentPosted",
  "DecisionCaptured",
  "SessionLinked",
];

describe("event type constants", () => {
  it("spell the 14 wire names of the spec", () => {
    expect([
      PARTICIPANT_INVITED,
      PARTICIPANT_JOINED,
      PARTICIPANT_LEFT,
      PRESENCE_HEARTBEAT,
      DRIVE_INTENT_SET,
      FOCUS_CHANGED,
      PROMPT_STEP_EXECUTION_STARTED,
      PROMPT_STEP_EXECUTION_COMPLETED,
      CONCURRENT_DRIVER_WARNING,
      POTENTIAL_STEP_COLLISION_DETECTED,
      WARNING_ACKNOWLEDGED,
      COMMENT_POSTED,
      DECISION_CAPTURED,
      SESSION_LINKED,
    ]).toEqual(SPEC_ORDER);
  });
});

describe("COLLABORATION_EVENT_TYPES", () => {
  it("holds exactly the 14 types, in spec order", () => {
    expect(COLLABORATION_EVENT_TYPES.size).toBe(14);
    expect([...COLLABORATION_EVENT_TYPES]).toEqual(SPEC_ORDER);
  });

  it("cannot be changed at run time, not even through Set.prototype", () => {
    const asSet = COLLABORATION_EVENT_TYPES as unknown as Set<string>;
    expect(() => asSet.add("Nope")).toThrow(ReadOnlyCollectionError);
    expect(() => asSet.delete(SESSION_LINKED)).toThrow(ReadOnlyCollectionError);
    expect(() => asSet.clear()).toThrow(ReadOnlyCollectionError);
    expect(() => Set.prototype.add.call(asSet, "Nope")).toThrow(TypeError);
    expect(Object.isFrozen(COLLABORATION_EVENT_TYPES)).toBe(true);
    expect(COLLABORATION_EVENT_TYPES.size).toBe(14);
    expect(COLLABORATION_EVENT_TYPES.has(SESSION_LINKED)).toBe(true);
  });

  it("refuses changes with a typed error naming the operation and value", () => {
    const asSet = COLLABORATION_EVENT_TYPES as unknown as Set<string>;
    const error = (() => {
      try {
        asSet.add("Nope");
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(SkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "READ_ONLY_COLLECTION", collection: "COLLABORATION_EVENT_TYPES", operation: "add", value: "Nope" });
    expect((error as Error).message).toContain('"Nope"');
  });
});

describe("isCollaborationEventType", () => {
  it("accepts each of the 14 types", () => {
    for (const type of SPEC_ORDER) expect(isCollaborationEventType(type)).toBe(true);
  });

  it("rejects near misses, other event types and non-strings", () => {
    for (const value of ["participantJoined", "PARTICIPANT_JOINED", "MissionCreated", "", "__proto__", "toString", null, undefined, 1, {}, ["CommentPosted"]]) {
      expect(isCollaborationEventType(value)).toBe(false);
    }
  });

  it("never throws and is true only for the 14 strings", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isCollaborationEventType(value)).toBe(typeof value === "string" && SPEC_ORDER.includes(value));
      }),
      { numRuns: 200 },
    );
  });
});
