import type { EventEnvelope } from "@sk/event-envelope";
import { describe, expectTypeOf, it } from "vitest";
import type { DoneEvidence, LaneInput, StatusEvent, StatusTransitionPayload, WPStatusChangedEvent } from "../../src/index.js";
import { isWPStatusChangedEvent, WP_STATUS_CHANGED } from "../../src/index.js";

describe("WPStatusChangedEvent", () => {
  it("narrows any envelope by event_type and payload", () => {
    const read = (event: EventEnvelope): string | null => {
      if (!isWPStatusChangedEvent(event)) return null;
      expectTypeOf(event).toEqualTypeOf<WPStatusChangedEvent>();
      expectTypeOf(event.event_type).toEqualTypeOf<"WPStatusChanged">();
      expectTypeOf(event.payload).toEqualTypeOf<StatusTransitionPayload>();
      expectTypeOf(event.payload.to_lane).toEqualTypeOf<LaneInput>();
      expectTypeOf(event.payload.from_lane).toEqualTypeOf<LaneInput | null | undefined>();
      expectTypeOf(event.payload.force).toEqualTypeOf<boolean | undefined>();
      expectTypeOf(event.payload.evidence).toEqualTypeOf<DoneEvidence | null | undefined>();
      return event.payload.wp_id;
    };
    expectTypeOf(read).returns.toEqualTypeOf<string | null>();
  });

  it("StatusEvent carries event_type as a literal", () => {
    const kind = (event: StatusEvent) => (event.event_type === WP_STATUS_CHANGED ? event.payload.wp_id : null);
    expectTypeOf(kind).returns.toEqualTypeOf<string | null>();
    expectTypeOf<StatusEvent["event_type"]>().toEqualTypeOf<"WPStatusChanged">();
  });
});
