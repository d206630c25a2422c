import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEnvelopeMapping } from "../../src/index.js";

const EVENT = {
  event_id: "01J0MEVT0000000000000000AB",
  event_type: "CommentPosted",
  aggregate_id: "mission/mission-042",
  payload: { mission_id: "mission-042", participant_id: "p", comment_id: "c", content: "hi" },
  timestamp: "2026-02-27T12:00:01Z",
  node_id: "n",
  lamport_clock: 1,
  project_uuid: "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee",
  correlation_id: "01J0MRXN0000000000000000AB",
};

describe("checkEnvelopeMapping", () => {
  it("returns no violations for a conforming event, frozen", () => {
    const violations = checkEnvelopeMapping(EVENT);
    expect(violations).toEqual([]);
    expect(Object.isFrozen(violations)).toBe(true);
    expect(checkEnvelopeMapping({ ...EVENT, correlation_id: "01j0mrxn0000000000000000ab" })).toEqual([]);
  });

  it("reports an aggregate_id that is not mission/{payload.mission_id}", () => {
    expect(checkEnvelopeMapping({ ...EVENT, aggregate_id: "mission/other" })).toEqual([
      {
        path: "/aggregate_id",
        rule: "missionMapping",
        value: "mission/other",
        message: '/aggregate_id: expected "mission/mission-042" (rule: missionMapping), got "mission/other"',
      },
    ]);
    expect(checkEnvelopeMapping({ ...EVENT, aggregate_id: "mission-042" })).toMatchObject([{ rule: "missionMapping" }]);
  });

  it("reports the mapping as broken when payload.mission_id is missing or not a non-empty string", () => {
    for (const payload of [{}, { mission_id: "" }, { mission_id: 42 }, null, "x", []]) {
      expect(checkEnvelopeMapping({ ...EVENT, payload })).toMatchObject([
        { path: "/aggregate_id", rule: "missionMapping", value: "mission/mission-042", message: expect.stringContaining("payload.mission_id") },
      ]);
    }
    const { payload: _payload, ...withoutPayload } = EVENT;
    expect(checkEnvelopeMapping(withoutPayload)).toMatchObject([{ path: "/aggregate_id", rule: "missionMapping" }]);
  });

  it("reports a correlation_id that is not a ULID", () => {
    for (const correlation_id of ["run-1", "", "81J0MRXN0000000000000000AB", null, undefined, 7]) {
      expect(checkEnvelopeMapping({ ...EVENT, correlation_id })).toMatchObject([
        { path: "/correlation_id", rule: "pattern", value: correlation_id, message: expect.stringContaining("ULID") },
      ]);
    }
  });

  it("reports both problems at once, aggregate first", () => {
    expect(checkEnvelopeMapping({ ...EVENT, aggregate_id: "x", correlation_id: "y" }).map((v) => v.path)).toEqual(["/aggregate_id", "/correlation_id"]);
  });

  it("reports a non-object as a type violation at the root", () => {
    for (const value of [null, undefined, "event", 1, []]) {
      expect(checkEnvelopeMapping(value)).toMatchObject([{ path: "", rule: "type", value, message: expect.stringContaining("(root)") }]);
    }
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withNullPrototype: true }), (value) => {
        expect(Array.isArray(checkEnvelopeMapping(value))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
