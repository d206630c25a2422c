import { ArgumentError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import { ValidationLayerDisagreementError } from "../../src/errors/validation-layer-disagreement-error.js";
import type { ValidationFixture } from "../../src/fixtures/fixture-types.js";
import { loadFixtures } from "../../src/fixtures/load-fixtures.js";
import { validateEvent } from "../../src/validate/validate-event.js";
import type { ValidatedEventType } from "../../src/validate/validated-event-type.js";
import { reportsViolation } from "../../src/validate/violation-match.js";

const fixtures = loadFixtures().filter((fixture): fixture is ValidationFixture => fixture.kind !== "scenario");

describe("validateEvent over every envelope and payload fixture", () => {
  it.each(fixtures.map((fixture) => [fixture.id, fixture] as const))("%s", (_id, fixture) => {
    const result = validateEvent(fixture.value, fixture.event_type as ValidatedEventType);
    expect(result.disagreement).toBe(false);
    expect(result.typebox.valid).toBe(result.ajv.valid);
    expect(result.valid).toBe(fixture.expected === "valid");
    if (fixture.expected === "valid") {
      expect(result.typebox.violations).toEqual([]);
      expect(result.ajv.errors).toEqual([]);
      return;
    }
    // Fails for the rule its manifest names, in both layers.
    const violation = fixture.violation as { rule: string; path: string };
    expect(reportsViolation(result.typebox.violations, violation), JSON.stringify(result.typebox.violations)).toBe(true);
    expect(reportsViolation(result.ajv.errors, violation), JSON.stringify(result.ajv.errors)).toBe(true);
  });
});

describe("validateEvent", () => {
  it("checks an envelope as Event and a payload as its event type", () => {
    const payload = { mission_id: "m", participant_id: "p", intent: "active" };
    expect(validateEvent(payload, "DriveIntentSet")).toMatchObject({ event_type: "DriveIntentSet", valid: true, disagreement: false });
    expect(validateEvent(payload, "Event").valid).toBe(false);
  });

  it("reports an enum as one enum violation in both layers", () => {
    const result = validateEvent({ mission_id: "m", participant_id: "p", intent: "paused" }, "DriveIntentSet");
    expect(result.typebox.violations.map((violation) => [violation.rule, violation.path])).toEqual([["enum", "/intent"]]);
    expect(result.ajv.errors.map((error) => [error.rule, error.path, error.keyword])).toEqual([["enum", "/intent", "anyOf"]]);
  });

  it("reports a missing property at its own pointer, escaped", () => {
    const result = validateEvent({ participant_id: "p", intent: "active" }, "DriveIntentSet");
    expect(result.ajv.errors).toEqual([expect.objectContaining({ rule: "required", keyword: "required", path: "/mission_id" })]);
  });

  it("never throws for arbitrary values", () => {
    for (const value of [undefined, null, 0, "x", [], [1], { payload: null }, Number.NaN]) {
      const result = validateEvent(value, "Event");
      expect(result.valid).toBe(false);
      expect(result.disagreement).toBe(false);
    }
  });

  it("throws ArgumentError for an event type it cannot check, or a bad option", () => {
    expect(() => validateEvent({}, "MissionStarted" as ValidatedEventType)).toThrow(ArgumentError);
    expect(() => validateEvent({}, "Event", { onDisagreement: "ignore" as "flag" })).toThrow(ArgumentError);
  });

  it("accepts onDisagreement throw when the layers agree", () => {
    expect(validateEvent({}, "Event", { onDisagreement: "throw" }).valid).toBe(false);
  });
});

describe("ValidationLayerDisagreementError", () => {
  it("names the event type, both verdicts and the value", () => {
    const error = new ValidationLayerDisagreementError("CommentPosted", { a: 1 }, true, false);
    expect(error).toMatchObject({ code: "VALIDATION_LAYER_DISAGREEMENT", event_type: "CommentPosted", typebox_valid: true, ajv_valid: false, value: { a: 1 } });
    expect(error.message).toBe('CommentPosted: TypeBox says valid, Ajv says invalid (rule: layersAgree), got {"a":1}');
    expect(new ValidationLayerDisagreementError("Event", 1, false, true).message).toContain("TypeBox says invalid, Ajv says valid");
  });
});
