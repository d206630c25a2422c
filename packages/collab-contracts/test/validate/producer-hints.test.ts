import { type TSchema, Type } from "@sinclair/typebox";
import { describe, expect, it } from "vitest";
import { assertPayload, PayloadValidationError, validatePayload } from "../../src/index.js";
import { withProducerHint } from "../../src/validate/producer-hints.js";
import { VALID_PAYLOADS } from "../support/examples.js";

function messages(eventType: keyof typeof VALID_PAYLOADS, changes: Record<string, unknown>, remove: readonly string[] = []): string[] {
  const payload: Record<string, unknown> = { ...(VALID_PAYLOADS[eventType] as object), ...changes };
  for (const field of remove) delete payload[field];
  const result = validatePayload(eventType, payload);
  return result.ok ? [] : result.violations.map((violation) => violation.message);
}

describe("violations tell a producer what to send instead", () => {
  it.each([
    ["high", "warning"],
    ["medium", "warning"],
    ["critical", "warning"],
    ["low", "info"],
    ["WARNING", "warning"],
  ])('severity %j: must be "info" or "warning", send %j', (severity, meant) => {
    expect(messages("ConcurrentDriverWarning", { severity })).toEqual([
      `/severity: must be "info" or "warning" (rule: enum), got ${JSON.stringify(severity)}; send ${JSON.stringify(meant)}`,
    ]);
  });

  it("names the allowed values without guessing when the value means none of them", () => {
    expect(messages("DriveIntentSet", { intent: "paused" })).toEqual(['/intent: must be "active" or "inactive" (rule: enum), got "paused"']);
    expect(messages("DriveIntentSet", { intent: 3 })).toEqual(['/intent: must be "active" or "inactive" (rule: enum), got 3']);
    // "high" means "warning" for a severity, nothing for an intent.
    expect(messages("DriveIntentSet", { intent: "high" })).toEqual(['/intent: must be "active" or "inactive" (rule: enum), got "high"']);
  });

  it('target_type "work_package": send "wp", also in a nullable previous focus target', () => {
    const focus = { target_type: "work_package", target_id: "WP03" };
    expect(messages("FocusChanged", { focus_target: focus })).toEqual([
      '/focus_target/target_type: must be "wp", "step" or "file" (rule: enum), got "work_package"; send "wp"',
    ]);
    expect(messages("FocusChanged", { previous_focus_target: focus })).toEqual([
      '/previous_focus_target/target_type: must be "wp", "step" or "file" (rule: enum), got "work_package"; send "wp"',
    ]);
  });

  it("PotentialStepCollisionDetected without step_id: send step_id, the step the participants execute", () => {
    expect(messages("PotentialStepCollisionDetected", {}, ["step_id"])).toEqual([
      '/step_id: required field is missing (rule: required), got undefined; send "step_id": the step executed by several participants',
    ]);
    expect(messages("ParticipantJoined", { participant_identity: { participant_id: "p" } })[0]).toMatch(
      /^\/participant_identity\/participant_type: required field is missing \(rule: required\), got undefined; send "participant_type": /,
    );
  });

  it('focus_target null ("no focus") in FocusChanged: send a focus target, or no FocusChanged at all', () => {
    const [message] = messages("FocusChanged", { focus_target: null });
    expect(message).toBe(
      '/focus_target: expected a focus target object (rule: type), got null; send a focus target {"target_type": "wp" | "step" | "file", "target_id": "<id>"}; "no focus" is not a focus target: send no FocusChanged until the participant focuses something (its focus clears when it leaves the mission)',
    );
    expect(messages("ConcurrentDriverWarning", { focus_target: null })).toEqual([
      '/focus_target: expected a focus target object (rule: type), got null; send a focus target {"target_type": "wp" | "step" | "file", "target_id": "<id>"}',
    ]);
    expect(messages("FocusChanged", { previous_focus_target: null })).toEqual([]);
  });

  it("keeps every other violation as it is, and the hints reach the thrown error", () => {
    expect(messages("CommentPosted", { content: "" })).toEqual(['/content: expected string length greater or equal to 1 (rule: minLength), got ""']);
    expect(() => assertPayload("ConcurrentDriverWarning", { ...(VALID_PAYLOADS.ConcurrentDriverWarning as object), severity: "high" })).toThrow(PayloadValidationError);
    expect(() => assertPayload("ConcurrentDriverWarning", { ...(VALID_PAYLOADS.ConcurrentDriverWarning as object), severity: "high" })).toThrow(/send "warning"/);
  });

  it("renders a value itself and a field without a description", () => {
    const schema = Type.Object({ kind: Type.Union([Type.Literal("a"), Type.Literal("b")]), bare: Type.String() });
    const single = { anyOf: [{ const: "a" }] } as unknown as TSchema;
    expect(withProducerHint("T", single, { path: "", rule: "enum", value: "c", message: "" }).message).toBe('(root): must be "a" (rule: enum), got "c"');
    const unknown = { path: "/other", rule: "enum", value: "c", message: "kept" };
    expect(withProducerHint("T", Type.Object({}), unknown)).toBe(unknown);
    expect(withProducerHint("T", Type.Object({ other: Type.String() }), unknown)).toBe(unknown);
    const root = Type.Union([Type.Literal("a"), Type.Literal("b")]);
    expect(withProducerHint("T", root, { path: "", rule: "enum", value: "c", message: "" }).message).toBe('(root): must be "a" or "b" (rule: enum), got "c"');
    expect(withProducerHint("T", schema, { path: "/kind", rule: "enum", value: "A", message: "" }).message).toBe('/kind: must be "a" or "b" (rule: enum), got "A"; send "a"');
    expect(withProducerHint("T", schema, { path: "/bare", rule: "required", value: undefined, message: "" }).message).toBe(
      '/bare: required field is missing (rule: required), got undefined; send "bare"',
    );
    expect(withProducerHint("T", Type.Object({ list: Type.Array(Type.Object({ kind: Type.Union([Type.Literal("x"), Type.Literal("y")]) })) }), { path: "/list/0/kind", rule: "enum", value: "z", message: "" }).message).toBe(
      '/list/0/kind: must be "x" or "y" (rule: enum), got "z"',
    );
    expect(withProducerHint("T", schema, { path: "/missing/deeper", rule: "required", value: undefined, message: "" }).message).toBe(
      '/missing/deeper: required field is missing (rule: required), got undefined; send "deeper"',
    );
  });
});
