import type { EventEnvelope } from "@sk/event-envelope";
import { describe, expectTypeOf, it } from "vitest";
import type { GateEvent, GateFailedConclusion, GateFailedPayload, GatePassedPayload } from "../../src/index.js";
import { isGateEvent } from "../../src/index.js";

describe("GateEvent", () => {
  it("narrows the payload through a switch on event_type", () => {
    const read = (event: EventEnvelope): string | null => {
      if (!isGateEvent(event)) return null;
      switch (event.event_type) {
        case "GatePassed":
          expectTypeOf(event.payload).toEqualTypeOf<GatePassedPayload>();
          expectTypeOf(event.payload.conclusion).toEqualTypeOf<"success">();
          return event.payload.gate_name;
        case "GateFailed":
          expectTypeOf(event.payload).toEqualTypeOf<GateFailedPayload>();
          expectTypeOf(event.payload.conclusion).toEqualTypeOf<GateFailedConclusion>();
          expectTypeOf(event.payload.pr_number).toEqualTypeOf<number | null | undefined>();
          return event.payload.delivery_id;
        default:
          expectTypeOf(event).toBeNever();
          return null;
      }
    };
    expectTypeOf(read).returns.toEqualTypeOf<string | null>();
    expectTypeOf<GateEvent["event_type"]>().toEqualTypeOf<"GatePassed" | "GateFailed">();
  });
});
