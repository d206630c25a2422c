import type { EventEnvelope } from "@sk/event-envelope";
import { describe, expectTypeOf, it } from "vitest";
import {
  type ApplyOutcome,
  type CollaborationReducerOptions,
  type CollaborationReducerSnapshot,
  createCollaborationReducer,
  presenceStatus,
  type ReducedCollaborationState,
  reduceCollaborationEvents,
  type WarningEntry,
} from "../../src/index.ts";

describe("public types", () => {
  it("the batch reducer takes envelopes and options and returns the state", () => {
    expectTypeOf(reduceCollaborationEvents).parameter(0).toEqualTypeOf<readonly EventEnvelope[]>();
    expectTypeOf(reduceCollaborationEvents).parameter(1).toEqualTypeOf<CollaborationReducerOptions | undefined>();
    expectTypeOf(reduceCollaborationEvents).returns.toEqualTypeOf<ReducedCollaborationState>();
    expectTypeOf<CollaborationReducerOptions["mode"]>().toEqualTypeOf<"strict" | "permissive" | undefined>();
  });

  it("the state is read-only all the way down", () => {
    const state = {} as ReducedCollaborationState;
    // @ts-expect-error the state is read-only
    state.event_count = 1;
    // @ts-expect-error arrays are read-only
    state.active_drivers.push("p1");
    // @ts-expect-error maps are read-only
    state.presence["p1"] = "2026-01-01T00:00:00Z";
    expectTypeOf<WarningEntry["warning_type"]>().toEqualTypeOf<"ConcurrentDriverWarning" | "PotentialStepCollisionDetected" | "UnknownWarning">();
    expectTypeOf<ReducedCollaborationState["last_processed_event_id"]>().toEqualTypeOf<string | null>();
  });

  it("the live reducer reports outcomes and snapshots", () => {
    const reducer = createCollaborationReducer({ mode: "permissive" });
    expectTypeOf(reducer.apply).returns.toEqualTypeOf<ApplyOutcome>();
    expectTypeOf<ApplyOutcome>().toEqualTypeOf<"appended" | "refolded" | "deferred" | "duplicate" | "ignored">();
    expectTypeOf(reducer.toSnapshot()).toEqualTypeOf<CollaborationReducerSnapshot>();
    expectTypeOf(presenceStatus).returns.toEqualTypeOf<Readonly<Record<string, "active" | "stale" | "unknown">>>();
  });
});
