import { Value } from "@sinclair/typebox/value";
import { describe, expect, it } from "vitest";
import {
  DRIVE_INTENTS,
  DriveIntentSchema,
  EXECUTION_OUTCOMES,
  ExecutionOutcomeSchema,
  FOCUS_TARGET_TYPES,
  FocusTargetTypeSchema,
  PARTICIPANT_TYPES,
  ParticipantTypeSchema,
  SESSION_LINK_TYPES,
  SessionLinkTypeSchema,
  WARNING_ACKNOWLEDGEMENTS,
  WARNING_SEVERITIES,
  WarningAcknowledgementSchema,
  WarningSeveritySchema,
} from "../../src/index.js";

const ENUMS = [
  ["ParticipantType", PARTICIPANT_TYPES, ParticipantTypeSchema, ["human", "llm_context"]],
  ["FocusTargetType", FOCUS_TARGET_TYPES, FocusTargetTypeSchema, ["wp", "step", "file"]],
  ["DriveIntent", DRIVE_INTENTS, DriveIntentSchema, ["active", "inactive"]],
  ["ExecutionOutcome", EXECUTION_OUTCOMES, ExecutionOutcomeSchema, ["success", "failure", "skipped"]],
  ["WarningSeverity", WARNING_SEVERITIES, WarningSeveritySchema, ["info", "warning"]],
  ["WarningAcknowledgement", WARNING_ACKNOWLEDGEMENTS, WarningAcknowledgementSchema, ["continue", "hold", "reassign", "defer"]],
  ["SessionLinkType", SESSION_LINK_TYPES, SessionLinkTypeSchema, ["cli_to_saas", "saas_to_cli"]],
] as const;

describe.each(ENUMS)("%s", (_name, values, schema, expected) => {
  it("has exactly the spec values, frozen", () => {
    expect(values).toEqual(expected);
    expect(Object.isFrozen(values)).toBe(true);
  });

  it("is a described union of string literals accepting only those values", () => {
    expect(schema.description).toEqual(expect.any(String));
    expect(schema.anyOf.map((branch) => branch.const)).toEqual(expected);
    for (const value of expected) expect(Value.Check(schema, value)).toBe(true);
    for (const value of ["", "other", expected[0].toUpperCase(), null, 1]) expect(Value.Check(schema, value)).toBe(false);
  });
});
