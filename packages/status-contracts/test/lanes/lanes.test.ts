import { describe, expect, it } from "vitest";
import {
  canonicalToSyncV1,
  DOING_ALIAS,
  isLane,
  isLaneInput,
  isTerminalLane,
  LANES,
  type Lane,
  normalizeLane,
  normalizeLaneInput,
  SYNC_LANE_V1_MAPPING,
  SYNC_LANES_V1,
  TERMINAL_LANES,
  UnknownLaneError,
} from "../../src/index.js";

describe("lanes", () => {
  it("are the seven canonical lanes, frozen", () => {
    expect(LANES).toEqual(["planned", "claimed", "in_progress", "for_review", "done", "blocked", "canceled"]);
    expect(Object.isFrozen(LANES)).toBe(true);
  });

  it("terminal lanes are done and canceled", () => {
    expect([...TERMINAL_LANES]).toEqual(["done", "canceled"]);
    expect(LANES.filter(isTerminalLane)).toEqual(["done", "canceled"]);
  });

  it("isLane accepts the canonical lanes only; isLaneInput also the alias", () => {
    for (const lane of LANES) expect(isLane(lane) && isLaneInput(lane)).toBe(true);
    expect(isLane(DOING_ALIAS)).toBe(false);
    expect(isLaneInput("doing")).toBe(true);
    for (const value of ["Doing", "DOING", "Planned", "", " planned", null, undefined, 1, {}]) {
      expect(isLane(value)).toBe(false);
      expect(isLaneInput(value)).toBe(false);
    }
  });
});

describe("normalizeLane", () => {
  it("maps the alias doing to in_progress and keeps every lane", () => {
    expect(normalizeLane("doing")).toBe("in_progress");
    for (const lane of LANES) expect(normalizeLane(lane)).toBe(lane);
  });

  it.each(["Doing", "DOING", "in-progress", "", "todo", null, 3, undefined])("throws UnknownLaneError for %j", (value) => {
    expect(() => normalizeLane(value)).toThrow(UnknownLaneError);
    try {
      normalizeLane(value);
    } catch (error) {
      expect((error as UnknownLaneError).value).toBe(value);
      expect((error as UnknownLaneError).allowed).toEqual([...LANES, "doing"]);
      expect((error as UnknownLaneError).code).toBe("UNKNOWN_LANE");
    }
  });

  it("normalizeLaneInput keeps null and undefined as null", () => {
    expect(normalizeLaneInput(null)).toBeNull();
    expect(normalizeLaneInput(undefined)).toBeNull();
    expect(normalizeLaneInput("doing")).toBe("in_progress");
    expect(normalizeLaneInput("blocked")).toBe("blocked");
  });
});

describe("sync lanes V1", () => {
  it("are planned, doing, for_review, done", () => {
    expect(SYNC_LANES_V1).toEqual(["planned", "doing", "for_review", "done"]);
  });

  it("map every canonical lane as the contract says", () => {
    const expected: Record<Lane, string> = {
      planned: "planned",
      claimed: "planned",
      in_progress: "doing",
      for_review: "for_review",
      done: "done",
      blocked: "doing",
      canceled: "planned",
    };
    for (const lane of LANES) expect(canonicalToSyncV1(lane)).toBe(expected[lane]);
    expect(SYNC_LANE_V1_MAPPING).toEqual(expected);
    expect(Object.isFrozen(SYNC_LANE_V1_MAPPING)).toBe(true);
  });

  it("takes canonical lanes only: the alias and anything else throw", () => {
    for (const value of ["doing", "Doing", "", "toString", "__proto__"]) {
      expect(() => canonicalToSyncV1(value as Lane), value).toThrow(UnknownLaneError);
    }
    try {
      canonicalToSyncV1("doing" as Lane);
    } catch (error) {
      expect((error as UnknownLaneError).allowed).toEqual(LANES);
    }
  });
});
