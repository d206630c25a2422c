import { CollaborationError } from "@sk/collab-contracts";
import { SkError } from "@sk/event-envelope/errors";
import { expectTypeOf, it } from "vitest";
import { describeErrorClasses } from "../../../../scripts/error-classes.ts";
import type { CollabReducerErrorCode, UnknownParticipantError } from "../../src/index.ts";

const event = { eventId: "01ARZ3NDEKTSV4RRFFQ69G5FAV", eventType: "CommentPosted" };
const collaboration = () => [CollaborationError, SkError];

describeErrorClasses(() => import("../../src/errors/index.js"), {
  UnknownParticipantError: { code: "UNKNOWN_PARTICIPANT", make: (from) => new from.UnknownParticipantError("p1", event), bases: collaboration },
  DepartedParticipantError: { code: "DEPARTED_PARTICIPANT", make: (from) => new from.DepartedParticipantError("p1", event), bases: collaboration },
  UnknownWarningError: { code: "UNKNOWN_WARNING", make: (from) => new from.UnknownWarningError("w1", "p1", event), bases: collaboration },
  CompletionWithoutStartError: { code: "COMPLETION_WITHOUT_START", make: (from) => new from.CompletionWithoutStartError("p1", "s1", event), bases: collaboration },
  MissionMismatchError: { code: "MISSION_MISMATCH", make: (from) => new from.MissionMismatchError("m1", "m2", event), bases: collaboration },
  InvalidatesAcceptedEventError: {
    code: "INVALIDATES_ACCEPTED_EVENT",
    make: (from) => new from.InvalidatesAcceptedEventError(event, event, new Error("cause")),
    bases: collaboration,
  },
  InvalidSnapshotError: {
    code: "INVALID_SNAPSHOT",
    make: (from) => new from.InvalidSnapshotError({ field: "format", rule: "const", value: "v0", expectation: "expected v1" }),
    bases: () => [SkError],
  },
});

it("types every code as a literal, and the package's union as all of them", () => {
  expectTypeOf<UnknownParticipantError["code"]>().toEqualTypeOf<"UNKNOWN_PARTICIPANT">();
  expectTypeOf<CollabReducerErrorCode>().toEqualTypeOf<
    | "COMPLETION_WITHOUT_START"
    | "DEPARTED_PARTICIPANT"
    | "INVALID_ENVELOPE"
    | "INVALID_SNAPSHOT"
    | "INVALIDATES_ACCEPTED_EVENT"
    | "MISSION_MISMATCH"
    | "PAYLOAD_VALIDATION"
    | "UNKNOWN_PARTICIPANT"
    | "UNKNOWN_WARNING"
  >();
});
