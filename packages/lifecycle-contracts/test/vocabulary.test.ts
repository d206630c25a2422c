import { describe, expect, it } from "vitest";
import {
  isLifecycleEventType,
  isMissionStatus,
  isTerminalMissionStatus,
  LIFECYCLE_EVENT_TYPES,
  LIFECYCLE_SCHEMA_VERSION,
  MISSION_CANCELLED,
  MISSION_COMPLETED,
  MISSION_STARTED,
  MISSION_STATUSES,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
  TERMINAL_MISSION_STATUSES,
} from "../src/index.js";

describe("event types", () => {
  it("are the five mission types, in contract order, frozen", () => {
    expect([MISSION_STARTED, MISSION_COMPLETED, MISSION_CANCELLED, PHASE_ENTERED, REVIEW_ROLLBACK]).toEqual([
      "MissionStarted",
      "MissionCompleted",
      "MissionCancelled",
      "PhaseEntered",
      "ReviewRollback",
    ]);
    expect(LIFECYCLE_EVENT_TYPES).toEqual(["MissionStarted", "MissionCompleted", "MissionCancelled", "PhaseEntered", "ReviewRollback"]);
    expect(Object.isFrozen(LIFECYCLE_EVENT_TYPES)).toBe(true);
  });

  it("isLifecycleEventType accepts exactly the five strings", () => {
    for (const eventType of LIFECYCLE_EVENT_TYPES) expect(isLifecycleEventType(eventType)).toBe(true);
    for (const value of ["missionstarted", "WPStatusChanged", "GatePassed", "", null, undefined, 1, ["MissionStarted"]]) {
      expect(isLifecycleEventType(value)).toBe(false);
    }
  });
});

describe("mission status", () => {
  it("is active, completed or cancelled; the last two are terminal", () => {
    expect(MISSION_STATUSES).toEqual(["active", "completed", "cancelled"]);
    expect(TERMINAL_MISSION_STATUSES).toEqual(["completed", "cancelled"]);
    expect(Object.isFrozen(MISSION_STATUSES) && Object.isFrozen(TERMINAL_MISSION_STATUSES)).toBe(true);
    expect(MISSION_STATUSES.map(isMissionStatus)).toEqual([true, true, true]);
    expect(MISSION_STATUSES.map(isTerminalMissionStatus)).toEqual([false, true, true]);
    for (const value of ["Active", "canceled", "done", null, undefined]) {
      expect(isMissionStatus(value)).toBe(false);
      expect(isTerminalMissionStatus(value)).toBe(false);
    }
  });

  it("the lifecycle schema version is 2.0.0", () => {
    expect(LIFECYCLE_SCHEMA_VERSION).toBe("2.0.0");
  });
});
