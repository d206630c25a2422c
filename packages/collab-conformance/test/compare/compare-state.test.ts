import { describe, expect, it } from "vitest";
import { compareState, toPlainJson } from "../../src/compare/compare-state.js";

const anomaly = (event_id: string, reason?: string) => ({ event_id, event_type: "CommentPosted", ...(reason === undefined ? {} : { reason }) });

describe("compareState", () => {
  it("ignores an anomaly's reason unless the fixture gives one", () => {
    const actual = { anomalies: [anomaly("A", "Unknown participant 'p'"), anomaly("B", "whatever")] };
    expect(compareState({ anomalies: [anomaly("A"), anomaly("B", "whatever")] }, actual)).toEqual([]);
    expect(compareState({ anomalies: [anomaly("A"), anomaly("B", "other")] }, actual)).toEqual([{ path: "/anomalies/1/reason", expected: "other", actual: "whatever" }]);
  });

  it("still compares event_id, event_type and the number of anomalies", () => {
    const actual = { anomalies: [anomaly("A", "r"), anomaly("C", "r")] };
    expect(compareState({ anomalies: [anomaly("A")] }, actual)).toEqual([{ path: "/anomalies/1", expected: undefined, actual: anomaly("C") }]);
    expect(compareState({ anomalies: [anomaly("B")] }, { anomalies: [anomaly("A", "r")] })).toEqual([{ path: "/anomalies/0/event_id", expected: "B", actual: "A" }]);
    expect(compareState({ anomalies: [anomaly("A")] }, { anomalies: ["odd"] })).toHaveLength(1);
  });

  it("compares plain JSON: null-prototype maps and frozen objects are fine", () => {
    const participants = Object.freeze(Object.assign(Object.create(null) as object, { __proto__x: 1, constructor: 2 }));
    expect(compareState({ participants: { __proto__x: 1, constructor: 2 }, anomalies: [] }, { participants, anomalies: [] })).toEqual([]);
  });

  it("reports a state without anomalies, or no state at all, as differences", () => {
    expect(compareState({ anomalies: [] }, {})).toEqual([{ path: "/anomalies", expected: [], actual: undefined }]);
    expect(compareState({ anomalies: [] }, undefined)).toEqual([{ path: "", expected: { anomalies: [] }, actual: undefined }]);
  });

  it("toPlainJson copies through JSON", () => {
    expect(toPlainJson({ a: undefined, b: [1] })).toEqual({ b: [1] });
    expect(toPlainJson(undefined)).toBeUndefined();
  });
});
