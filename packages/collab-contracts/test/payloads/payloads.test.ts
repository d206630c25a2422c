import type { TSchema } from "@sinclair/typebox";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { type CollaborationEventType, PAYLOAD_VALIDATORS } from "../../src/index.js";
import { copy, VALID_PAYLOADS } from "../support/examples.js";

/** The payload table of docs/spec/collaboration.md (section 3): required fields (after mission_id) and optional ones. */
const SPEC: { readonly [K in CollaborationEventType]: { readonly required: readonly string[]; readonly optional: readonly string[] } } = {
  ParticipantInvited: { required: ["participant_id", "participant_identity", "invited_by"], optional: [] },
  ParticipantJoined: { required: ["participant_id", "participant_identity"], optional: ["auth_principal_id"] },
  ParticipantLeft: { required: ["participant_id"], optional: ["reason"] },
  PresenceHeartbeat: { required: ["participant_id"], optional: ["session_id"] },
  DriveIntentSet: { required: ["participant_id", "intent"], optional: [] },
  FocusChanged: { required: ["participant_id", "focus_target"], optional: ["previous_focus_target"] },
  PromptStepExecutionStarted: { required: ["participant_id", "step_id"], optional: ["wp_id", "step_description"] },
  PromptStepExecutionCompleted: { required: ["participant_id", "step_id", "outcome"], optional: ["wp_id"] },
  ConcurrentDriverWarning: { required: ["warning_id", "participant_ids", "focus_target", "severity"], optional: [] },
  PotentialStepCollisionDetected: { required: ["warning_id", "participant_ids", "step_id", "severity"], optional: ["wp_id"] },
  WarningAcknowledged: { required: ["participant_id", "warning_id", "acknowledgement"], optional: [] },
  CommentPosted: { required: ["participant_id", "comment_id", "content"], optional: ["reply_to"] },
  DecisionCaptured: { required: ["participant_id", "decision_id", "topic", "chosen_option"], optional: ["rationale", "referenced_warning_id"] },
  SessionLinked: { required: ["participant_id", "primary_session_id", "linked_session_id", "link_type"], optional: [] },
};

type Guard = (value: unknown) => boolean;
const exports = api as unknown as Record<string, unknown>;

/** Every object schema inside `schema` must describe every one of its properties. */
function undescribedFields(schema: Record<string, unknown>, path = ""): string[] {
  const missing: string[] = [];
  const properties = (schema["properties"] ?? {}) as Record<string, Record<string, unknown>>;
  for (const [key, property] of Object.entries(properties)) {
    if (typeof property["description"] !== "string" || property["description"].length === 0) missing.push(`${path}/${key}`);
    missing.push(...undescribedFields(property, `${path}/${key}`));
  }
  for (const branch of (schema["anyOf"] ?? []) as Record<string, unknown>[]) missing.push(...undescribedFields(branch, path));
  return missing;
}

const TYPES = Object.keys(SPEC) as CollaborationEventType[];

describe.each(TYPES)("%s payload", (eventType) => {
  const schema = exports[`${eventType}PayloadSchema`] as TSchema & { properties: Record<string, TSchema>; required: string[] };
  const guard = exports[`is${eventType}Payload`] as Guard;
  const validator = PAYLOAD_VALIDATORS[eventType];
  const example = VALID_PAYLOADS[eventType] as unknown as Record<string, unknown>;
  const spec = SPEC[eventType];

  it("is exported under its names and registered for its event type", () => {
    expect(validator.schema).toBe(schema);
    expect(exports[`${eventType.charAt(0).toLowerCase()}${eventType.slice(1)}PayloadValidator`]).toBe(validator);
  });

  it("has the spec's fields: mission_id first, required and optional as in the table", () => {
    // Property order follows the spec table, which mixes optional and required fields.
    expect(Object.keys(schema.properties).sort()).toEqual(["mission_id", ...spec.required, ...spec.optional].sort());
    expect(Object.keys(schema.properties)[0]).toBe("mission_id");
    expect([...schema.required].sort()).toEqual(["mission_id", ...spec.required].sort());
    expect(schema.properties["mission_id"]).toMatchObject({ type: "string", minLength: 1 });
    expect(schema["additionalProperties"]).toBeUndefined();
  });

  it("describes every field, nested ones included", () => {
    expect(schema.description).toEqual(expect.any(String));
    expect(undescribedFields(schema as unknown as Record<string, unknown>)).toEqual([]);
  });

  it("accepts the example, with extra fields too", () => {
    expect(guard(example)).toBe(true);
    expect(validator.check({ ...copy(example), added_in_a_minor_version: { any: ["thing"] } })).toBe(true);
  });

  it.each(["mission_id", ...spec.required])("reports a missing %s as required", (field) => {
    const payload = copy(example);
    delete payload[field];
    expect(guard(payload)).toBe(false);
    expect(validator.violations(payload)).toEqual([expect.objectContaining({ path: `/${field}`, rule: "required", value: undefined })]);
  });

  it("rejects an empty mission_id", () => {
    expect(validator.violations({ ...copy(example), mission_id: "" })).toMatchObject([{ path: "/mission_id", rule: "minLength", value: "" }]);
  });

  it.each(spec.optional.length > 0 ? spec.optional : [null])("accepts optional field %s absent or null", (field) => {
    if (field === null) return;
    const absent = copy(example);
    delete absent[field];
    expect(guard(absent)).toBe(true);
    expect(guard({ ...copy(example), [field]: null })).toBe(true);
    expect(guard({ ...copy(example), [field]: 42 })).toBe(false);
  });

  it("rejects non-object payloads", () => {
    for (const value of [null, undefined, [], "payload", 7, true]) expect(guard(value)).toBe(false);
  });
});

describe("field rules across payloads", () => {
  const ids = ["participant_id", "invited_by", "step_id", "warning_id", "comment_id", "decision_id", "primary_session_id", "linked_session_id"];
  const optionalIds = ["reply_to", "referenced_warning_id", "wp_id", "auth_principal_id"];
  const nonEmpty = ["content", "topic", "chosen_option"];
  const plainOptional = ["reason", "session_id", "step_description", "rationale"];

  it.each(TYPES)("%s: ids and content fields need at least 1 character, plain strings may be empty", (eventType) => {
    const example = VALID_PAYLOADS[eventType] as unknown as Record<string, unknown>;
    const validator = PAYLOAD_VALIDATORS[eventType];
    for (const field of Object.keys(example)) {
      const emptied = { ...copy(example), [field]: "" };
      if ([...ids, ...optionalIds, ...nonEmpty].includes(field)) {
        expect(validator.violations(emptied), field).toMatchObject([{ path: `/${field}`, rule: "minLength" }]);
      }
      if (plainOptional.includes(field)) expect(validator.check(emptied), field).toBe(true);
    }
  });

  it("participant_ids need at least two non-empty ids", () => {
    for (const eventType of ["ConcurrentDriverWarning", "PotentialStepCollisionDetected"] as const) {
      const validator = PAYLOAD_VALIDATORS[eventType];
      const example = VALID_PAYLOADS[eventType];
      expect(validator.check({ ...copy(example), participant_ids: ["a", "b", "c"] })).toBe(true);
      expect(validator.violations({ ...copy(example), participant_ids: ["a"] })).toMatchObject([{ path: "/participant_ids", rule: "minItems" }]);
      expect(validator.violations({ ...copy(example), participant_ids: [] })).toMatchObject([{ path: "/participant_ids", rule: "minItems" }]);
      expect(validator.violations({ ...copy(example), participant_ids: ["a", ""] })).toMatchObject([{ path: "/participant_ids/1", rule: "minLength" }]);
      expect(validator.violations({ ...copy(example), participant_ids: "a,b" })).toMatchObject([{ path: "/participant_ids", rule: "type" }]);
    }
  });

  it("embedded identities and focus targets are checked in depth", () => {
    const joined = VALID_PAYLOADS.ParticipantJoined;
    expect(
      PAYLOAD_VALIDATORS.ParticipantJoined.violations({ ...copy(joined), participant_identity: { participant_id: "", participant_type: "llm" } }),
    ).toMatchObject([
      { path: "/participant_identity/participant_id", rule: "minLength" },
      { path: "/participant_identity/participant_type", rule: "enum" },
    ]);
    const focus = VALID_PAYLOADS.FocusChanged;
    expect(PAYLOAD_VALIDATORS.FocusChanged.violations({ ...copy(focus), previous_focus_target: { target_type: "wp" } })).toMatchObject([
      { path: "/previous_focus_target/target_id", rule: "required" },
    ]);
  });
});
