import { FocusTargetTypeSchema, ParticipantTypeSchema, WarningAcknowledgementSchema } from "@sk/collab-contracts";
import { createValidator } from "@sk/event-envelope";
import { Type } from "@sinclair/typebox";
import { COLLABORATION_ANOMALY_CODES } from "../state/anomaly-code.js";
import { SNAPSHOT_FORMAT } from "./snapshot.js";

const Text = Type.String();
const NullableText = Type.Union([Type.String(), Type.Null()]);
const strict = { additionalProperties: false } as const;
/** A ULID in canonical (upper) case, as `toSnapshot` writes ids. */
const CANONICAL_ULID_PATTERN = "^[0-7][0-9A-HJKMNP-TV-Z]{25}$";

const Identity = Type.Object(
  { participant_id: Type.String({ minLength: 1 }), participant_type: ParticipantTypeSchema, display_name: NullableText, session_id: NullableText },
  strict,
);
const Identities = Type.Record(Type.String(), Identity);
const Lists = Type.Record(Type.String(), Type.Array(Text));

const SnapshotStateSchema = Type.Object(
  {
    mission_id: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
    participants: Identities,
    invited: Identities,
    departed_participants: Identities,
    presence: Type.Record(Type.String(), Text),
    active_drivers: Type.Array(Text),
    focus_by_participant: Type.Record(Type.String(), Type.Object({ target_type: FocusTargetTypeSchema, target_id: Text }, strict)),
    warnings: Type.Array(
      Type.Object(
        {
          warning_id: Text,
          event_id: Text,
          warning_type: Type.Union([Type.Literal("ConcurrentDriverWarning"), Type.Literal("PotentialStepCollisionDetected"), Type.Literal("UnknownWarning")]),
          participant_ids: Type.Array(Text),
          acknowledgements: Type.Record(Type.String(), WarningAcknowledgementSchema),
        },
        strict,
      ),
    ),
    decisions: Type.Array(
      Type.Object(
        { decision_id: Text, event_id: Text, participant_id: Text, topic: Text, chosen_option: Text, rationale: NullableText, referenced_warning_id: NullableText },
        strict,
      ),
    ),
    comments: Type.Array(Type.Object({ comment_id: Text, event_id: Text, participant_id: Text, content: Text, reply_to: NullableText }, strict)),
    active_executions: Lists,
    linked_sessions: Lists,
    anomalies: Type.Array(
      Type.Object({ event_id: NullableText, event_type: NullableText, reason: Text, code: Type.Union(COLLABORATION_ANOMALY_CODES.map((code) => Type.Literal(code))) }, strict),
    ),
    event_count: Type.Integer({ minimum: 0 }),
    last_processed_event_id: NullableText,
  },
  strict,
);

const SnapshotProperties = {
  format: Type.Literal(SNAPSHOT_FORMAT),
  options: Type.Object({ mode: Type.Unknown(), missionId: Type.Unknown(), roster: Type.Unknown(), window: Type.Unknown() }, strict),
  base: SnapshotStateSchema,
  sealed_ids: Type.Array(Type.String({ pattern: CANONICAL_ULID_PATTERN })),
  sealed_last: Type.Union([Type.Object({}), Type.Null()]),
  events: Type.Array(Type.Object({})),
};

/**
 * The shape of a snapshot (events are checked as envelopes when replayed,
 * the options by the reducer's option rules).
 */
export const snapshotValidator = createValidator(Type.Object(SnapshotProperties, strict));

/** The snapshot schema without `sealed_ids`' items (`isSnapshot` checks them itself). */
const shapeValidator = createValidator(Type.Object({ ...SnapshotProperties, sealed_ids: Type.Unknown() }, strict));
const CANONICAL_ULID = new RegExp(CANONICAL_ULID_PATTERN);

/**
 * `snapshotValidator.check`, faster on the ~100,000 sealed ids of a large
 * snapshot: the compiled check runs once per restore, so its loops run
 * unoptimised (an iterator result per id); this loop is optimised after a
 * few restores and allocates nothing. A property test holds the two to the same verdicts.
 */
export function isSnapshot(value: unknown): boolean {
  if (!shapeValidator.check(value)) return false;
  const ids = (value as { readonly sealed_ids: unknown }).sealed_ids;
  if (!Array.isArray(ids)) return false;
  for (let at = 0; at < ids.length; at++) {
    const id: unknown = ids[at];
    if (typeof id !== "string" || !CANONICAL_ULID.test(id)) return false;
  }
  return true;
}
