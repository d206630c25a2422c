import { type Static, Type } from "@sinclair/typebox";
import { SEMVER_PATTERN, TIMESTAMP_PATTERN, ULID_PATTERN, UUID_PATTERN } from "./patterns.js";

/** Default `schema_version` when the wire omits it. */
export const DEFAULT_SCHEMA_VERSION = "1.0.0";
/** Default `data_tier` when the wire omits it. */
export const DEFAULT_DATA_TIER = 0;

const Ulid = (description: string) => Type.String({ pattern: ULID_PATTERN, description });
const NonEmpty = (description: string) => Type.String({ minLength: 1, description });

/**
 * The event envelope as it travels on the wire (docs/spec/envelope-and-ordering.md, section 1). Unknown
 * extra fields are allowed and kept, for forward compatibility.
 */
export const EventEnvelopeSchema = Type.Object(
  {
    event_id: Ulid("ULID of this event; canonicalised to upper case when parsed."),
    event_type: NonEmpty("Event type name, e.g. `ParticipantJoined`."),
    aggregate_id: NonEmpty("Aggregate the event belongs to; `mission/{mission_id}` for mission events."),
    payload: Type.Optional(
      Type.Object(
        {},
        { additionalProperties: true, default: {}, description: "Event-type specific payload object; defaults to `{}`." },
      ),
    ),
    timestamp: Type.String({
      pattern: TIMESTAMP_PATTERN,
      description:
        "ISO 8601 date-time, 0 to 6 fractional digits, then an offset (`Z` or `±HH:MM`) or none (a naive timestamp: valid, kept as sent, flagged with a warning). Wall clock, never the primary order.",
    }),
    node_id: NonEmpty("Which process emitted the event."),
    lamport_clock: Type.Integer({
      minimum: 0,
      maximum: Number.MAX_SAFE_INTEGER,
      description: "Lamport logical clock, the primary ordering key: a safe integer >= 0.",
    }),
    causation_id: Type.Optional(
      Type.Union([Ulid("ULID of the event that caused this one."), Type.Null()], {
        description: "ULID of the event that caused this one, or null.",
      }),
    ),
    project_uuid: Type.String({ pattern: UUID_PATTERN, description: "Project UUID; canonicalised to lower case when parsed." }),
    project_slug: Type.Optional(
      Type.Union([Type.String(), Type.Null()], { description: "Human-readable project slug, or null." }),
    ),
    correlation_id: Ulid("ULID correlating a run; for mission events the mission run id."),
    schema_version: Type.Optional(
      Type.String({ pattern: SEMVER_PATTERN, default: DEFAULT_SCHEMA_VERSION, description: "Envelope schema version, `MAJOR.MINOR.PATCH`." }),
    ),
    data_tier: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 4, default: DEFAULT_DATA_TIER, description: "Data sensitivity tier, 0 to 4." }),
    ),
  },
  { additionalProperties: true, description: "Event envelope shared by every event type." },
);

/** An envelope as accepted on the wire: optional fields may be absent. */
export type EventEnvelopeInput = Static<typeof EventEnvelopeSchema>;

/**
 * A parsed envelope: defaults filled in, ids canonicalised. The payload type
 * and event type can be narrowed by packages that know them. Unknown extra
 * wire fields are kept at run time but not typed.
 */
export interface EventEnvelope<
  TType extends string = string,
  TPayload extends object = Readonly<Record<string, unknown>>,
> {
  readonly event_id: string;
  readonly event_type: TType;
  readonly aggregate_id: string;
  readonly payload: TPayload;
  readonly timestamp: string;
  readonly node_id: string;
  readonly lamport_clock: number;
  readonly causation_id: string | null;
  readonly project_uuid: string;
  readonly project_slug: string | null;
  readonly correlation_id: string;
  readonly schema_version: string;
  readonly data_tier: number;
}
