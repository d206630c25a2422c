import type { EventEnvelopeInput } from "../schema/event-envelope.js";
import { SEMVER_PATTERN, ULID_REGEX, UUID_REGEX } from "../schema/patterns.js";
import { timestampOffsetStart } from "../schema/timestamp-grammar.js";
import { canonicalUlid, matchedUlid } from "../schema/ulid-scan.js";

const SEMVER_REGEX = new RegExp(SEMVER_PATTERN);
/** What the remembered values start as: equal to no input. */
const NONE: unique symbol = Symbol("none");

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): boolean {
  return typeof value === "string" && value.length > 0;
}

function isIntegerIn(value: unknown, minimum: number, maximum: number): boolean {
  return Number.isInteger(value) && (value as number) >= minimum && (value as number) <= maximum;
}

/**
 * A check with the verdict of `envelopeValidator.check`, for reading large
 * logs: it remembers the last valid `correlation_id`, `project_uuid` and
 * `schema_version`, which the events of one run share, so each is matched
 * against its pattern once per run of equal values instead of once per
 * event (on a shuffled million events, a third of the compiled validator's
 * cost). Create one per log; a property test holds it to the validator.
 */
export function createEnvelopeCheck(): (value: unknown) => value is EventEnvelopeInput {
  // The id as given: nothing to upper-case.
  const eventIdOf = createCheck(matchedUlid);
  return (value: unknown): value is EventEnvelopeInput => eventIdOf(value) !== undefined;
}

/**
 * `createEnvelopeCheck` for a reader that also needs each event's id in
 * canonical (upper) case, the form `parseEvent` stores and ids are compared
 * in: the check returns it for a valid envelope and `undefined` for
 * anything else, matching and upper-casing the id in one pass. Create one
 * per log; a property test holds it to the validator.
 */
export function createEnvelopeIdCheck(): (value: unknown) => string | undefined {
  return createCheck(canonicalUlid);
}

/** The check, returning `idOf(event_id)` for a valid envelope (`idOf` gives `undefined` for an id that is not a ULID). */
function createCheck(idOf: (id: string) => string | undefined): (value: unknown) => string | undefined {
  let correlationId: string | typeof NONE = NONE;
  let projectUuid: string | typeof NONE = NONE;
  let schemaVersion: string | typeof NONE = NONE;
  return (value: unknown): string | undefined => {
    if (!isObject(value)) return undefined;
    const { event_id, timestamp, payload, causation_id, project_slug, correlation_id, project_uuid, schema_version, data_tier } = value;
    const id = typeof event_id === "string" ? idOf(event_id) : undefined;
    if (
      id === undefined ||
      !isNonEmptyString(value["event_type"]) ||
      !isNonEmptyString(value["aggregate_id"]) ||
      !(payload === undefined || isObject(payload)) ||
      !(typeof timestamp === "string" && timestampOffsetStart(timestamp) !== -1) ||
      !isNonEmptyString(value["node_id"]) ||
      !isIntegerIn(value["lamport_clock"], 0, Number.MAX_SAFE_INTEGER) ||
      !(causation_id === undefined || causation_id === null || (typeof causation_id === "string" && ULID_REGEX.test(causation_id))) ||
      !(project_slug === undefined || project_slug === null || typeof project_slug === "string") ||
      !(data_tier === undefined || isIntegerIn(data_tier, 0, 4))
    ) {
      return undefined;
    }
    if (project_uuid !== projectUuid) {
      if (!(typeof project_uuid === "string" && UUID_REGEX.test(project_uuid))) return undefined;
      projectUuid = project_uuid;
    }
    if (correlation_id !== correlationId) {
      if (!(typeof correlation_id === "string" && ULID_REGEX.test(correlation_id))) return undefined;
      correlationId = correlation_id;
    }
    if (schema_version !== undefined && schema_version !== schemaVersion) {
      if (!(typeof schema_version === "string" && SEMVER_REGEX.test(schema_version))) return undefined;
      schemaVersion = schema_version;
    }
    return id;
  };
}
