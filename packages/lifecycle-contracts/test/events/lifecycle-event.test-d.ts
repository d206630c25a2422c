import { describe, expectTypeOf, it } from "vitest";
import type { LifecycleEvent, LifecycleEventOf, LifecyclePayload, MissionCancelledPayload, PhaseEnteredPayload } from "../../src/index.js";

describe("LifecycleEvent", () => {
  it("narrows the payload by event_type", () => {
    const describe = (event: LifecycleEvent): string => {
      switch (event.event_type) {
        case "MissionStarted":
          expectTypeOf(event.payload.initial_phase).toEqualTypeOf<string>();
          return event.payload.mission_type;
        case "MissionCancelled":
          expectTypeOf(event.payload).toEqualTypeOf<MissionCancelledPayload>();
          expectTypeOf(event.payload.cancelled_wp_ids).toEqualTypeOf<string[] | undefined>();
          return event.payload.reason;
        case "PhaseEntered":
          expectTypeOf(event.payload.previous_phase).toEqualTypeOf<string | null | undefined>();
          return event.payload.phase_name;
        case "ReviewRollback":
          return event.payload.target_phase;
        default:
          expectTypeOf(event.event_type).toEqualTypeOf<"MissionCompleted">();
          return event.payload.final_phase;
      }
    };
    expectTypeOf(describe).parameter(0).toEqualTypeOf<LifecycleEvent>();
    expectTypeOf<LifecycleEventOf<"PhaseEntered">["payload"]>().toEqualTypeOf<PhaseEnteredPayload>();
    expectTypeOf<LifecyclePayload<"PhaseEntered">>().toEqualTypeOf<PhaseEnteredPayload>();
  });
});
