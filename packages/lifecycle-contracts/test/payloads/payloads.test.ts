import { describe, expect, it } from "vitest";
import {
  LIFECYCLE_EVENT_TYPES,
  LIFECYCLE_PAYLOAD_VALIDATORS,
  type LifecycleEventType,
  MissionCancelledPayloadSchema,
  MissionCompletedPayloadSchema,
  MissionStartedPayloadSchema,
  PhaseEnteredPayloadSchema,
  ReviewRollbackPayloadSchema,
  validateLifecyclePayload,
} from "../../src/index.js";
import { PAYLOAD_FIXTURES } from "../support/fixtures.js";

const VALID: { readonly [K in LifecycleEventType]: Record<string, unknown> } = {
  MissionStarted: { mission_id: "m-1", mission_type: "software-dev", initial_phase: "specify", actor: "prt-ana" },
  MissionCompleted: { mission_id: "m-1", mission_type: "software-dev", final_phase: "accept", actor: "prt-ana" },
  MissionCancelled: { mission_id: "m-1", reason: "budget", actor: "prt-ana" },
  PhaseEntered: { mission_id: "m-1", phase_name: "plan", actor: "prt-ana" },
  ReviewRollback: { mission_id: "m-1", review_ref: "PR-1", target_phase: "implement", actor: "prt-ben" },
};

const REQUIRED: { readonly [K in LifecycleEventType]: readonly string[] } = {
  MissionStarted: ["mission_id", "mission_type", "initial_phase", "actor"],
  MissionCompleted: ["mission_id", "mission_type", "final_phase", "actor"],
  MissionCancelled: ["mission_id", "reason", "actor"],
  PhaseEntered: ["mission_id", "phase_name", "actor"],
  ReviewRollback: ["mission_id", "review_ref", "target_phase", "actor"],
};

function rulesOf(eventType: LifecycleEventType, payload: unknown): string[] {
  const result = validateLifecyclePayload(eventType, payload);
  return result.ok ? [] : result.violations.map((violation) => `${violation.rule} ${violation.path}`);
}

describe("the five payload schemas", () => {
  it("list exactly the contract's fields, the required ones required", () => {
    const schemas = [MissionStartedPayloadSchema, MissionCompletedPayloadSchema, MissionCancelledPayloadSchema, PhaseEnteredPayloadSchema, ReviewRollbackPayloadSchema];
    expect(schemas.map((schema) => Object.keys(schema.properties))).toEqual([
      ["mission_id", "mission_type", "initial_phase", "actor"],
      ["mission_id", "mission_type", "final_phase", "actor"],
      ["mission_id", "reason", "actor", "cancelled_wp_ids"],
      ["mission_id", "phase_name", "previous_phase", "actor"],
      ["mission_id", "review_ref", "target_phase", "affected_wp_ids", "actor"],
    ]);
    for (const eventType of LIFECYCLE_EVENT_TYPES) expect(LIFECYCLE_PAYLOAD_VALIDATORS[eventType].schema["required"]).toEqual(REQUIRED[eventType]);
  });

  describe.each(LIFECYCLE_EVENT_TYPES.map((eventType) => [eventType] as const))("%s", (eventType) => {
    const valid = VALID[eventType];

    it("accepts the minimal payload and tolerates unknown keys", () => {
      expect(rulesOf(eventType, valid)).toEqual([]);
      expect(rulesOf(eventType, { ...valid, origin: "saas", nested: { any: [1] } })).toEqual([]);
    });

    it.each(REQUIRED[eventType].map((field) => [field] as const))("requires %s, a string of at least one character (whitespace is valid)", (field) => {
      const { [field]: _removed, ...missing } = valid;
      expect(rulesOf(eventType, missing)).toEqual([`required /${field}`]);
      expect(rulesOf(eventType, { ...valid, [field]: "" })).toEqual([`minLength /${field}`]);
      expect(rulesOf(eventType, { ...valid, [field]: null })).toEqual([`type /${field}`]);
      expect(rulesOf(eventType, { ...valid, [field]: 1 })).toEqual([`type /${field}`]);
      expect(rulesOf(eventType, { ...valid, [field]: " " })).toEqual([]);
    });

    it("is an object: arrays, null and primitives are invalid", () => {
      for (const value of [[], null, "payload", 3, undefined]) expect(rulesOf(eventType, value)).toEqual(["type "]);
    });
  });

  it.each([
    ["MissionCancelled", "cancelled_wp_ids"],
    ["ReviewRollback", "affected_wp_ids"],
  ] as const)("%s.%s: absent means [] (schema default); a list of strings of at least one character; null is invalid", (eventType, field) => {
    const valid = VALID[eventType];
    expect((LIFECYCLE_PAYLOAD_VALIDATORS[eventType].schema["properties"] as Record<string, { default?: unknown }>)[field]!.default).toEqual([]);
    expect(rulesOf(eventType, { ...valid, [field]: [] })).toEqual([]);
    expect(rulesOf(eventType, { ...valid, [field]: ["WP01", " "] })).toEqual([]);
    expect(rulesOf(eventType, { ...valid, [field]: null })).toEqual([`type /${field}`]);
    expect(rulesOf(eventType, { ...valid, [field]: "WP01" })).toEqual([`type /${field}`]);
    expect(rulesOf(eventType, { ...valid, [field]: ["WP01", ""] })).toEqual([`minLength /${field}/1`]);
    expect(rulesOf(eventType, { ...valid, [field]: [7] })).toEqual([`type /${field}/0`]);
  });

  it("PhaseEntered.previous_phase is optional: absent, null or a string of at least one character", () => {
    const valid = VALID.PhaseEntered;
    expect(rulesOf("PhaseEntered", { ...valid, previous_phase: null })).toEqual([]);
    expect(rulesOf("PhaseEntered", { ...valid, previous_phase: "specify" })).toEqual([]);
    expect(rulesOf("PhaseEntered", { ...valid, previous_phase: "" })).toEqual(["minLength /previous_phase"]);
    expect(rulesOf("PhaseEntered", { ...valid, previous_phase: 2 })).toEqual(["anyOf /previous_phase"]);
  });
});

describe("the repository's payload fixtures", () => {
  it("hold a valid and at least two invalid payloads per event type", () => {
    for (const eventType of LIFECYCLE_EVENT_TYPES) {
      const ofType = PAYLOAD_FIXTURES.filter((fixture) => fixture.event_type === eventType);
      expect(ofType.filter((fixture) => fixture.expected === "valid").length, eventType).toBeGreaterThanOrEqual(1);
      expect(ofType.filter((fixture) => fixture.expected === "invalid").length, eventType).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(PAYLOAD_FIXTURES.map((fixture) => [fixture.id, fixture] as const))("%s: the validator gives the expected verdict and the one named violation", (_, fixture) => {
    const rules = rulesOf(fixture.event_type as LifecycleEventType, fixture.value);
    if (fixture.expected === "valid") expect(rules).toEqual([]);
    else expect(rules).toEqual([`${fixture.violation!.rule} ${fixture.violation!.path}`]);
  });
});
