import fc from "fast-check";

// Written from the contract tables (docs/spec/collaboration.md section 3,
// docs/spec/envelope-and-ordering.md section 1), independently of the schema files under test.

const id = fc.string({ minLength: 1, maxLength: 10 });
const text = fc.string({ maxLength: 12 });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

const identity = fc.record(
  {
    participant_id: id,
    participant_type: fc.constantFrom("human", "llm_context"),
    display_name: optional(text),
    session_id: optional(text),
  },
  { requiredKeys: ["participant_id", "participant_type"] },
);
const focusTarget = fc.record({ target_type: fc.constantFrom("wp", "step", "file"), target_id: id });
const participantIds = fc.array(id, { minLength: 2, maxLength: 4 });
const severity = fc.constantFrom("info", "warning");

type Fields = Record<string, fc.Arbitrary<unknown>>;

/** Per event type: required fields (besides mission_id) and optional ones. */
const PAYLOAD_FIELDS: Record<string, { readonly required: Fields; readonly optional: Fields }> = {
  ParticipantInvited: { required: { participant_id: id, participant_identity: identity, invited_by: id }, optional: {} },
  ParticipantJoined: { required: { participant_id: id, participant_identity: identity }, optional: { auth_principal_id: optional(id) } },
  ParticipantLeft: { required: { participant_id: id }, optional: { reason: optional(text) } },
  PresenceHeartbeat: { required: { participant_id: id }, optional: { session_id: optional(text) } },
  DriveIntentSet: { required: { participant_id: id, intent: fc.constantFrom("active", "inactive") }, optional: {} },
  FocusChanged: { required: { participant_id: id, focus_target: focusTarget }, optional: { previous_focus_target: optional(focusTarget) } },
  PromptStepExecutionStarted: { required: { participant_id: id, step_id: id }, optional: { wp_id: optional(id), step_description: optional(text) } },
  PromptStepExecutionCompleted: {
    required: { participant_id: id, step_id: id, outcome: fc.constantFrom("success", "failure", "skipped") },
    optional: { wp_id: optional(id) },
  },
  ConcurrentDriverWarning: { required: { warning_id: id, participant_ids: participantIds, focus_target: focusTarget, severity }, optional: {} },
  PotentialStepCollisionDetected: { required: { warning_id: id, participant_ids: participantIds, step_id: id, severity }, optional: { wp_id: optional(id) } },
  WarningAcknowledged: {
    required: { participant_id: id, warning_id: id, acknowledgement: fc.constantFrom("continue", "hold", "reassign", "defer") },
    optional: {},
  },
  CommentPosted: { required: { participant_id: id, comment_id: id, content: id }, optional: { reply_to: optional(id) } },
  DecisionCaptured: {
    required: { participant_id: id, decision_id: id, topic: id, chosen_option: id },
    optional: { rationale: optional(text), referenced_warning_id: optional(id) },
  },
  SessionLinked: {
    required: { participant_id: id, primary_session_id: id, linked_session_id: id, link_type: fc.constantFrom("cli_to_saas", "saas_to_cli") },
    optional: {},
  },
};

/** The 14 event types, from the spec table. */
export const SPEC_EVENT_TYPES = Object.keys(PAYLOAD_FIELDS);

/** Required payload field names of an event type, `mission_id` included. */
export function requiredFields(eventType: string): string[] {
  return ["mission_id", ...Object.keys(PAYLOAD_FIELDS[eventType]?.required ?? {})];
}

/** Extra fields are tolerated: a few, never named like a spec field. */
const extras = fc.dictionary(fc.string({ maxLength: 6 }).map((key) => `x_${key}`), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });

/** A valid payload of `eventType`. */
export function validPayload(eventType: string): fc.Arbitrary<Record<string, unknown>> {
  const fields = PAYLOAD_FIELDS[eventType];
  if (fields === undefined) throw new Error(`no arbitrary for ${eventType}`);
  const model: Fields = { mission_id: id, ...fields.required, ...fields.optional };
  const known = fc.record(model, { requiredKeys: ["mission_id", ...Object.keys(fields.required)] });
  return fc.tuple(known, extras).map(([payload, extra]) => ({ ...extra, ...payload }));
}

/** A value that is not a valid `eventType` payload: one required field removed, emptied or of the wrong type. */
export function invalidPayload(eventType: string): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(validPayload(eventType), fc.constantFrom(...requiredFields(eventType)), fc.constantFrom("remove", "number", "null", "array"))
    .map(([payload, field, how]) => {
      const broken: Record<string, unknown> = { ...payload };
      if (how === "remove") delete broken[field];
      else broken[field] = how === "number" ? 42 : how === "null" ? null : [];
      return broken;
    });
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz";
const ulid = fc
  .tuple(fc.constantFrom(..."01234567"), fc.string({ unit: fc.constantFrom(...CROCKFORD), minLength: 25, maxLength: 25 }))
  .map(([first, rest]) => first + rest);
const pad = (value: number, width: number) => String(value).padStart(width, "0");
const timestamp = fc
  .record({
    date: fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }),
    fraction: fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 6 }),
    offset: fc.oneof(
      fc.constant("Z"),
      fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
  })
  .map(({ date, fraction, offset }) => `${date.toISOString().slice(0, 19)}${fraction === "" ? "" : `.${fraction}`}${offset}`);
const uuid = fc.uuid({ version: [1, 2, 3, 4, 5] }).chain((value) => fc.constantFrom(value, value.toUpperCase()));

/** Required envelope fields. */
export const ENVELOPE_REQUIRED = ["event_id", "event_type", "aggregate_id", "timestamp", "node_id", "lamport_clock", "project_uuid", "correlation_id"] as const;

/** A valid wire envelope (optional fields sometimes absent). */
export const validEnvelope: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    event_id: ulid,
    event_type: id,
    aggregate_id: id,
    payload: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
    timestamp,
    node_id: id,
    lamport_clock: fc.maxSafeNat(),
    causation_id: optional(ulid),
    project_uuid: uuid,
    project_slug: optional(text),
    correlation_id: ulid,
    schema_version: fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map((parts) => parts.join(".")),
    data_tier: fc.integer({ min: 0, max: 4 }),
  },
  { requiredKeys: [...ENVELOPE_REQUIRED] },
);

/** An envelope with one required field removed or replaced by a value of the wrong type or range. */
export const invalidEnvelope: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(validEnvelope, fc.constantFrom(...ENVELOPE_REQUIRED), fc.constantFrom("remove", "null", "object", "negative"))
  .map(([envelope, field, how]) => {
    const broken: Record<string, unknown> = { ...envelope };
    if (how === "remove") delete broken[field];
    else broken[field] = how === "null" ? null : how === "object" ? {} : -1;
    return broken;
  });
