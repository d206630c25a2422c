import { SkError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import {
  assertLifecyclePayload,
  LifecycleError,
  LifecyclePayloadValidationError,
  UnknownLifecycleEventTypeError,
  validateLifecyclePayload,
} from "../src/index.js";

const started = { mission_id: "m-1", mission_type: "software-dev", initial_phase: "specify", actor: "prt-ana" };

describe("validateLifecyclePayload", () => {
  it("returns the payload itself when valid, every violation when not, and never throws for a payload", () => {
    const result = validateLifecyclePayload("MissionStarted", started);
    expect(result).toEqual({ ok: true, value: started });
    expect(result.ok && result.value).toBe(started);
    const invalid = validateLifecyclePayload("MissionStarted", { mission_id: "", actor: 3 });
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.violations.map((violation) => `${violation.rule} ${violation.path}`)).toEqual([
      "required /mission_type",
      "required /initial_phase",
      "minLength /mission_id",
      "type /actor",
    ]);
  });

  it("throws UnknownLifecycleEventTypeError for a type that is not one of the five (exact case)", () => {
    for (const value of ["missionStarted", "WPStatusChanged", 7, undefined]) {
      const error = (() => {
        try {
          validateLifecyclePayload(value as "MissionStarted", started);
        } catch (thrown) {
          return thrown;
        }
      })();
      expect(error).toBeInstanceOf(UnknownLifecycleEventTypeError);
      expect(error).toMatchObject({ code: "UNKNOWN_LIFECYCLE_EVENT_TYPE", value, event_id: null });
      expect((error as Error).message).toMatch(/^event_type: expected one of MissionStarted, MissionCompleted, MissionCancelled, PhaseEntered, ReviewRollback \(rule: enum\), got /);
    }
  });
});

describe("assertLifecyclePayload", () => {
  it("returns the typed payload when valid", () => {
    const payload = assertLifecyclePayload("MissionStarted", started);
    expect(payload.initial_phase).toBe("specify");
  });

  it("throws LifecyclePayloadValidationError naming the event, every violation and the payload", () => {
    const payload = { mission_id: "m-1", actor: "prt-ana" };
    const error = (() => {
      try {
        assertLifecyclePayload("PhaseEntered", payload, { eventId: "01KN0000000000000000000001" });
      } catch (thrown) {
        return thrown as LifecyclePayloadValidationError;
      }
    })()!;
    expect(error).toBeInstanceOf(LifecyclePayloadValidationError);
    expect(error).toBeInstanceOf(LifecycleError);
    expect(SkError.isInstance(error)).toBe(true);
    expect(error.code).toBe("LIFECYCLE_PAYLOAD_VALIDATION");
    expect(error.event_id).toBe("01KN0000000000000000000001");
    expect(error.event_type).toBe("PhaseEntered");
    expect(error.payload).toBe(payload);
    expect(Object.isFrozen(error.violations)).toBe(true);
    expect(error.message).toBe("PhaseEntered payload of event 01KN0000000000000000000001 is invalid (1 violation):\n  - /phase_name: required field is missing (rule: required), got undefined");
    const bare = (() => {
      try {
        assertLifecyclePayload("MissionCancelled", {});
      } catch (thrown) {
        return thrown as LifecyclePayloadValidationError;
      }
    })()!;
    expect(bare.event_id).toBeNull();
    expect(bare.message).toMatch(/^MissionCancelled payload is invalid \(3 violations\):/);
  });
});
