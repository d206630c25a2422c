import { type Static, Type } from "@sinclair/typebox";
import { createValidator, type ValidationResult, type Validator } from "@sk/event-envelope";
import type { Violation } from "@sk/event-envelope/errors";
import { ExecutionModeSchema } from "../lanes/execution-mode.js";
import { LaneInputSchema } from "../lanes/lane.js";
import { DoneEvidenceSchema } from "../models/done-evidence.js";
import { describedAs, optionalNullable, optionalText, textField } from "../schema/fields.js";
import { PAYLOAD_RULE_CONDITIONS, payloadRuleViolations, payloadRulesHold } from "./payload-rules.js";

/**
 * Schema of the `WPStatusChanged` payload. Extra fields are tolerated.
 * The two payload rules (a forced transition needs a non-blank `reason`, a
 * transition to `done` needs `evidence`) are JSON Schema conditions
 * (`allOf` of `if`/`then`) in the schema file; TypeBox does not evaluate
 * them, so `statusTransitionPayloadValidator` checks them in code.
 */
export const StatusTransitionPayloadSchema = Type.Object(
  {
    feature_slug: textField("The feature (mission) the work package belongs to."),
    wp_id: textField("Work-package id, e.g. `WP01`; the reducer keys its state by it."),
    from_lane: optionalNullable(LaneInputSchema, "Lane the work package leaves; absent or null for its first transition. `doing` means `in_progress`."),
    to_lane: describedAs(LaneInputSchema, "Lane the work package enters. `doing` means `in_progress`."),
    actor: textField("Who made the transition."),
    force: Type.Optional(Type.Boolean({ description: "Skip the terminal-lane and allowed-pair rules; needs a non-blank `reason`. Absent means `false` (null is invalid)." })),
    reason: optionalText("Why; required (non-blank) when `force` is true and for `in_progress` -> `planned`."),
    execution_mode: ExecutionModeSchema,
    review_ref: optionalText("Review that sent the work back; required (non-blank) for `for_review` -> `in_progress`."),
    evidence: optionalNullable(
      describedAs(DoneEvidenceSchema, "Evidence of the finished work."),
      "Evidence of the finished work; required when `to_lane` is `done`, allowed (and ignored by the reducer) on other lanes.",
    ),
  },
  {
    description: "A work package moved from one lane to another (`WPStatusChanged`).",
    allOf: PAYLOAD_RULE_CONDITIONS,
  },
);

/** Payload of `WPStatusChanged`: a work package moved from one lane to another. */
export type StatusTransitionPayload = Static<typeof StatusTransitionPayloadSchema>;

const shape = createValidator(StatusTransitionPayloadSchema);

function violations(value: unknown): Violation[] {
  return [...shape.violations(value), ...payloadRuleViolations(value)];
}

function check(value: unknown): value is StatusTransitionPayload {
  return shape.check(value) && payloadRulesHold(value);
}

/**
 * Compiled (on first use) validator of the `WPStatusChanged` payload: the
 * schema, then the two payload rules. Violations list the schema's first,
 * in field order, then the rules'.
 */
export const statusTransitionPayloadValidator: Validator<StatusTransitionPayload> = Object.freeze({
  schema: StatusTransitionPayloadSchema,
  check,
  violations,
  validate(value: unknown): ValidationResult<StatusTransitionPayload> {
    return check(value) ? { ok: true, value } : { ok: false, violations: violations(value) };
  },
});

/** True when `value` is a valid `WPStatusChanged` payload (schema and payload rules). */
export function isStatusTransitionPayload(value: unknown): value is StatusTransitionPayload {
  return check(value);
}
