import type { EventEnvelope } from "@sk/event-envelope";
import type { ArgumentError } from "@sk/event-envelope/errors";
import { InvalidSnapshotError } from "../errors/invalid-snapshot-error.js";
import type { CollaborationReducerOptions } from "../options/reducer-options.js";
import { resolveOptions } from "../options/resolve-options.js";
import { SNAPSHOT_FORMAT } from "./snapshot.js";

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readOptions(value: unknown): CollaborationReducerOptions {
  if (!isRecord(value)) throw new InvalidSnapshotError({ field: "options", rule: "type", value, expectation: "expected an options object" });
  const { mode, missionId, roster } = value;
  const options = {
    ...(mode === undefined ? {} : { mode }),
    ...(missionId === null || missionId === undefined ? {} : { missionId }),
    ...(roster === null || roster === undefined ? {} : { roster }),
  };
  try {
    resolveOptions(options);
  } catch (error) {
    const argument = error as ArgumentError;
    throw new InvalidSnapshotError({ field: argument.field, rule: argument.rule, value: argument.value, expectation: "expected valid reducer options", cause: error });
  }
  return options as CollaborationReducerOptions;
}

/**
 * Checks the frame of a snapshot (format, options, events array); the
 * events themselves are checked by replaying them.
 */
export function readSnapshot(snapshot: unknown): { readonly options: CollaborationReducerOptions; readonly events: readonly EventEnvelope[] } {
  if (!isRecord(snapshot)) throw new InvalidSnapshotError({ field: "", rule: "type", value: snapshot, expectation: "expected a snapshot object" });
  if (snapshot["format"] !== SNAPSHOT_FORMAT) {
    throw new InvalidSnapshotError({ field: "format", rule: "const", value: snapshot["format"], expectation: `expected "${SNAPSHOT_FORMAT}"` });
  }
  const options = readOptions(snapshot["options"]);
  const events = snapshot["events"];
  if (!Array.isArray(events)) throw new InvalidSnapshotError({ field: "events", rule: "type", value: events, expectation: "expected an array of event envelopes" });
  return { options, events };
}
