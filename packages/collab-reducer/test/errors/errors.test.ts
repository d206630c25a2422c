import { CollaborationError } from "@sk/collab-contracts";
import { SkError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import {
  CompletionWithoutStartError,
  DepartedParticipantError,
  InvalidSnapshotError,
  MissionMismatchError,
  UnknownParticipantError,
  UnknownWarningError,
} from "../../src/index.ts";
import { pyRepr } from "../../src/errors/py-repr.ts";

const event = { eventId: "01ARZ3NDEKTSV4RRFFQ69G5FAV", eventType: "CommentPosted" };

describe("reducer errors", () => {
  it.each([
    [new UnknownParticipantError("p1", event), "UNKNOWN_PARTICIPANT", "Unknown participant 'p1' in event 01ARZ3NDEKTSV4RRFFQ69G5FAV (type=CommentPosted). Not in mission roster.", { participant_id: "p1" }],
    [new DepartedParticipantError("p1", event), "DEPARTED_PARTICIPANT", "Participant 'p1' has departed (event_id=01ARZ3NDEKTSV4RRFFQ69G5FAV, event_type=CommentPosted)", { participant_id: "p1" }],
    [new UnknownWarningError("w1", "p2", event), "UNKNOWN_WARNING", "Warning 'w1' not found; acknowledged by participant 'p2' (event_id=01ARZ3NDEKTSV4RRFFQ69G5FAV, event_type=CommentPosted)", { warning_id: "w1", participant_id: "p2" }],
    [new CompletionWithoutStartError("p1", "s1", event), "COMPLETION_WITHOUT_START", "No matching PromptStepExecutionStarted for step 's1' by participant 'p1' (event_id=01ARZ3NDEKTSV4RRFFQ69G5FAV, event_type=CommentPosted)", { participant_id: "p1", step_id: "s1" }],
    [new MissionMismatchError("m1", "m2", event), "MISSION_MISMATCH", "Mission mismatch: payload mission_id 'm2' differs from the state's mission_id 'm1' (event_id=01ARZ3NDEKTSV4RRFFQ69G5FAV, event_type=CommentPosted)", { expected_mission_id: "m1", actual_mission_id: "m2" }],
  ])("%s: code %s, message, ids, event", (error, code, message, fields) => {
    expect(error).toBeInstanceOf(CollaborationError);
    expect(SkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code, message, event_id: event.eventId, event_type: event.eventType, ...fields });
    expect(error.name).toBe(error.constructor.name);
  });

  it("InvalidSnapshotError names the field, the rule and the value", () => {
    const error = new InvalidSnapshotError({ field: "format", rule: "const", value: "v0", expectation: "expected v1" });
    expect(error).toMatchObject({ code: "INVALID_SNAPSHOT", field: "format", rule: "const", value: "v0", message: 'snapshot.format: expected v1 (rule: const), got "v0"' });
    expect(error.cause).toBeUndefined();
    expect(new InvalidSnapshotError({ field: "", rule: "type", value: 1, expectation: "expected an object", cause: "why" }).cause).toBe("why");
  });
});

describe("pyRepr (ids in reasons read like the Python reference's repr)", () => {
  it.each([
    ["p1", "'p1'"],
    ["it's", `"it's"`],
    [`it's "q"`, `'it\\'s "q"'`],
    ['say "hi"', `'say "hi"'`],
    ["back\\slash", "'back\\\\slash'"],
    ["tab\tnew\nline\r", "'tab\\tnew\\nline\\r'"],
    ["bell\u0007", "'bell\\x07'"],
    ["nbsp\u00a0", "'nbsp\\xa0'"],
    ["zw\u200b", "'zw\\u200b'"],
    ["private\u{f0000}", "'private\\U000f0000'"],
    ["café ü 漢字 🎉", "'café ü 漢字 🎉'"],
    ["a b", "'a b'"],
    ["", "''"],
  ])("%j → %s", (input, expected) => {
    expect(pyRepr(input)).toBe(expected);
  });
});
