import type { Lane } from "@sk/status-contracts";
import { describe, expectTypeOf, it } from "vitest";
import type { DoneEvidenceEntry, ReducedStatusState, StatusAnomaly, WpState } from "../../src/index.js";
import { reduceStatusEvents } from "../../src/index.js";

describe("public types", () => {
  it("reduceStatusEvents takes any array and returns ReducedStatusState", () => {
    expectTypeOf(reduceStatusEvents).parameter(0).toEqualTypeOf<readonly unknown[]>();
    expectTypeOf(reduceStatusEvents).returns.toEqualTypeOf<ReducedStatusState>();
  });

  it("types the state as the contract's snake_case fields, read-only", () => {
    expectTypeOf<ReducedStatusState["wp_states"]>().toEqualTypeOf<Readonly<Record<string, WpState>>>();
    expectTypeOf<ReducedStatusState["anomalies"]>().toEqualTypeOf<readonly StatusAnomaly[]>();
    expectTypeOf<ReducedStatusState["last_processed_event_id"]>().toEqualTypeOf<string | null>();
    expectTypeOf<WpState["current_lane"]>().toEqualTypeOf<Lane>();
    expectTypeOf<WpState["evidence"]>().toEqualTypeOf<DoneEvidenceEntry | null>();
    expectTypeOf<StatusAnomaly["from_lane"]>().toEqualTypeOf<Lane | null>();
    expectTypeOf<StatusAnomaly["event_id"]>().toEqualTypeOf<string | null>();
    expectTypeOf<DoneEvidenceEntry["repos"][number]["files_touched"]>().toEqualTypeOf<readonly string[] | null>();
  });

  it("does not let a caller write the state", () => {
    const state = reduceStatusEvents([]);
    // @ts-expect-error the state is read-only
    state.event_count = 1;
    // @ts-expect-error wp_states is read-only
    state.wp_states["WP01"] = undefined;
  });
});
