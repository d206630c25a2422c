import { SkError } from "@sk/event-envelope/errors";
import { expectTypeOf, it } from "vitest";
import { describeErrorClasses } from "../../../../scripts/error-classes.ts";
import type { CollabContractsErrorCode, PayloadValidationError } from "../../src/index.js";

describeErrorClasses(() => import("../../src/errors/index.js"), {
  CollaborationEventValidationError: {
    code: "COLLABORATION_EVENT_VALIDATION",
    make: (from) => new from.CollaborationEventValidationError([{ path: "/node_id", rule: "minLength", value: "", message: "/node_id: bad" }], { event_type: "PresenceHeartbeat" }),
    bases: (from) => [from.CollaborationError, SkError],
  },
  PayloadValidationError: {
    code: "PAYLOAD_VALIDATION",
    make: (from) => new from.PayloadValidationError("CommentPosted", [{ path: "/content", rule: "minLength", value: "", message: "content: bad" }]),
    bases: (from) => [from.CollaborationError, SkError],
  },
  UnknownEventTypeError: {
    code: "UNKNOWN_EVENT_TYPE",
    make: (from) => new from.UnknownEventTypeError("MissionCreated"),
    bases: (from) => [from.CollaborationError, SkError],
  },
  ReadOnlyCollectionError: {
    code: "READ_ONLY_COLLECTION",
    make: (from) => new from.ReadOnlyCollectionError("COLLABORATION_EVENT_TYPES", "add", "X"),
    bases: () => [SkError],
  },
});

it("types every code as a literal, and the package's union as all of them", () => {
  expectTypeOf<PayloadValidationError["code"]>().toEqualTypeOf<"PAYLOAD_VALIDATION">();
  expectTypeOf<CollabContractsErrorCode>().toEqualTypeOf<"COLLABORATION_EVENT_VALIDATION" | "PAYLOAD_VALIDATION" | "UNKNOWN_EVENT_TYPE" | "READ_ONLY_COLLECTION">();
});
