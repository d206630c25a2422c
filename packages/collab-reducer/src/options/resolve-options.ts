import { type ParticipantIdentity, participantIdentityValidator } from "@sk/collab-contracts";
import { ArgumentError } from "@sk/event-envelope/errors";
import { normaliseIdentity } from "../state/normalise.js";
import type { ParticipantIdentityEntry } from "../state/reduced-state.js";
import type { ReducerMode } from "./reducer-options.js";

/** Options after validation: mode filled in, roster normalised. */
export interface ResolvedOptions {
  readonly mode: ReducerMode;
  /** participant_id → normalised identity, in the roster's key order. */
  readonly roster: ReadonlyMap<string, ParticipantIdentityEntry>;
  readonly missionId: string | undefined;
}

const OPTION_KEYS: readonly string[] = ["mode", "roster", "missionId"];

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A JSON pointer (`/a/b`) rendered as a property path (`.a.b`) for messages. */
function pointerToPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((segment) => `.${segment.replace(/~1/g, "/").replace(/~0/g, "~")}`)
    .join("");
}

function resolveRoster(roster: unknown, field: string): Map<string, ParticipantIdentityEntry> {
  const resolved = new Map<string, ParticipantIdentityEntry>();
  if (roster === undefined) return resolved;
  if (!isPlainObject(roster)) {
    throw new ArgumentError(field, "type", roster, "expected a plain object mapping participant_id to ParticipantIdentity");
  }
  for (const participantId of Object.keys(roster)) {
    const entryField = `${field}[${JSON.stringify(participantId)}]`;
    if (participantId.length === 0) throw new ArgumentError(entryField, "minLength", participantId, "expected a participant_id of at least 1 character");
    const identity = roster[participantId];
    const violations = participantIdentityValidator.violations(identity);
    const first = violations[0];
    if (first !== undefined) {
      throw new ArgumentError(`${entryField}${pointerToPath(first.path)}`, first.rule, first.value, `expected a valid ParticipantIdentity (${first.message})`);
    }
    resolved.set(participantId, normaliseIdentity(identity as ParticipantIdentity));
  }
  return resolved;
}

/**
 * Validates reducer options. Throws `ArgumentError` naming the field
 * (`options.mode`, `options.roster["p1"].participant_type`, ...), the rule and
 * the offending value. Unknown option names are rejected, so that a typo
 * does not silently fall back to a default. `extraKeys` are more option
 * names the caller resolves itself (the live reducer's `window`).
 */
export function resolveOptions(options: unknown, field = "options", extraKeys: readonly string[] = []): ResolvedOptions {
  if (options === undefined) return { mode: "strict", roster: new Map(), missionId: undefined };
  if (!isPlainObject(options)) throw new ArgumentError(field, "type", options, "expected an options object");
  const known = OPTION_KEYS.concat(extraKeys);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new ArgumentError(`${field}.${key}`, "additionalProperties", options[key], `expected only ${known.slice(0, -1).join(", ")} and ${known.at(-1)}`);
    }
  }
  const mode = options["mode"] === undefined ? "strict" : options["mode"];
  if (mode !== "strict" && mode !== "permissive") {
    throw new ArgumentError(`${field}.mode`, "enum", mode, 'expected "strict" or "permissive"');
  }
  const missionId = options["missionId"];
  if (missionId !== undefined && (typeof missionId !== "string" || missionId.length === 0)) {
    throw new ArgumentError(`${field}.missionId`, "minLength", missionId, "expected a mission id of at least 1 character");
  }
  return { mode, roster: resolveRoster(options["roster"], `${field}.roster`), missionId };
}
