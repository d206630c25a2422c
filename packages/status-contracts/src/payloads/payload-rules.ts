import { describeValue, type Violation } from "@sk/event-envelope/errors";
import { isNonBlank, NON_BLANK_PATTERN } from "../schema/blank.js";
import { isObject } from "../schema/is-object.js";

/**
 * The two payload rules of `StatusTransitionPayload` that a per-field schema
 * cannot say. A failure makes the payload invalid (not the transition):
 * - `force: true` needs a non-blank `reason`;
 * - `to_lane: "done"` needs `evidence` (not absent, not `null`), forced or not.
 * Reported like the JSON Schema conditions below report them, so that the
 * compiled validator and the schema files agree on the path and the rule.
 */
export function payloadRuleViolations(payload: unknown): Violation[] {
  if (!isObject(payload)) return [];
  const violations: Violation[] = [];
  if (payload["force"] === true && !isNonBlank(payload["reason"])) {
    const reason = payload["reason"];
    const rule = reason === undefined ? "required" : typeof reason === "string" ? "pattern" : "type";
    violations.push({
      path: "/reason",
      rule,
      value: reason,
      message: `/reason: a forced transition (force: true) needs a non-blank reason (rule: ${rule}), got ${describeValue(reason)}`,
    });
  }
  if (payload["to_lane"] === "done" && (payload["evidence"] === undefined || payload["evidence"] === null)) {
    const evidence = payload["evidence"];
    const rule = evidence === undefined ? "required" : "type";
    violations.push({
      path: "/evidence",
      rule,
      value: evidence,
      message: `/evidence: a transition to done needs evidence (rule: ${rule}), got ${describeValue(evidence)}`,
    });
  }
  return violations;
}

/** A JSON Schema `if`/`then` pair (data for the schema file, never awaited). */
function condition(when: object, then: object): object {
  return { if: when, then };
}

/** True when both payload rules hold for a payload of the right shape; allocates nothing, unlike `payloadRuleViolations`. */
export function payloadRulesHold(payload: Readonly<Record<string, unknown>>): boolean {
  if (payload["force"] === true && !isNonBlank(payload["reason"])) return false;
  return payload["to_lane"] !== "done" || (payload["evidence"] !== undefined && payload["evidence"] !== null);
}

/** The same two rules as JSON Schema conditions, for the generated schema file. */
export const PAYLOAD_RULE_CONDITIONS = Object.freeze([
  condition(
    { type: "object", properties: { force: { const: true } }, required: ["force"] },
    { type: "object", properties: { reason: { type: "string", pattern: NON_BLANK_PATTERN } }, required: ["reason"] },
  ),
  condition(
    { type: "object", properties: { to_lane: { const: "done" } }, required: ["to_lane"] },
    { type: "object", properties: { evidence: { type: "object" } }, required: ["evidence"] },
  ),
]);
