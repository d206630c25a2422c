import * as contracts from "@sk/collab-contracts";
import * as envelope from "@sk/event-envelope";
import * as ordering from "@sk/event-ordering";
import { describe, expect, it } from "vitest";
import * as reducer from "../../src/index.js";

describe("re-exported errors", () => {
  it("are the declaring packages' own classes, not copies", () => {
    const pairs = [
      [reducer.SkError, envelope.SkError],
      [reducer.ArgumentError, envelope.ArgumentError],
      [reducer.EnvelopeValidationError, envelope.EnvelopeValidationError],
      [reducer.OrderingInputError, ordering.OrderingInputError],
      [reducer.InvalidEnvelopeError, ordering.InvalidEnvelopeError],
      [reducer.CollaborationError, contracts.CollaborationError],
      [reducer.PayloadValidationError, contracts.PayloadValidationError],
    ] as const;
    for (const [reExported, original] of pairs) expect(reExported).toBe(original);
  });

  it("let an ingest path catch what the reducer throws by class and by code, from one import", () => {
    const caught = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const badOption = caught(() => reducer.reduceCollaborationEvents([], { mode: "lenient" as never }));
    expect(reducer.ArgumentError.isInstance(badOption) && badOption.code).toBe("INVALID_ARGUMENT");
    expect(reducer.SkError.isInstance(badOption)).toBe(true);
  });
});
