import type { Parsed, SafeParseResult, ValidationWarning, Violation } from "@sk/event-envelope";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CollaborationEvent,
  type CollaborationEventOf,
  type CommentPostedPayload,
  parseCollaborationEvent,
  safeParseCollaborationEvent,
} from "../../src/index.js";

describe("parseCollaborationEvent types", () => {
  it("takes unknown and returns the narrowed union with its warnings", () => {
    expectTypeOf(parseCollaborationEvent).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseCollaborationEvent).returns.toEqualTypeOf<Parsed<CollaborationEvent>>();
    expectTypeOf(parseCollaborationEvent(null).warnings).toEqualTypeOf<readonly ValidationWarning[]>();
    const { value } = parseCollaborationEvent(null);
    if (value.event_type === "CommentPosted") {
      expectTypeOf(value).toEqualTypeOf<CollaborationEventOf<"CommentPosted">>();
      expectTypeOf(value.payload).toEqualTypeOf<CommentPostedPayload>();
    }
  });

  it("safe variant: value or violations, warnings on both sides", () => {
    expectTypeOf(safeParseCollaborationEvent).returns.toEqualTypeOf<SafeParseResult<CollaborationEvent>>();
    const result = safeParseCollaborationEvent(null);
    expectTypeOf(result.warnings).toEqualTypeOf<readonly ValidationWarning[]>();
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<CollaborationEvent>();
      expectTypeOf(result.value.event_type).toEqualTypeOf<CollaborationEvent["event_type"]>();
      // @ts-expect-error no violations on success
      void result.violations;
    } else {
      expectTypeOf(result.violations).toEqualTypeOf<readonly Violation[]>();
      // @ts-expect-error no value on failure
      void result.value;
    }
  });
});
