import { createHash } from "node:crypto";
import { envelopeValidator } from "@sk/event-envelope";
import { canonicalEventId, canonicalJson, type Orderable, timestampKey } from "@sk/event-ordering";
import type { CommandContext } from "../cli/command-context.js";
import { resolveInput } from "../input/resolve-input.js";
import { stableJson } from "../output/stable-json.js";
import { renderTable } from "../output/table.js";
import { measureLateness } from "./lateness.js";
import { Tally } from "./tally.js";

/** Options of `sk-events stats`. */
export interface StatsOptions {
  readonly format: "text" | "json";
}

/** Tables in text output list this many rows; the JSON output has them all. */
const TOP = 20;

/** The participants an event is about: `participant_id`, or a warning's `participant_ids`. */
function participantsOf(payload: Record<string, unknown>): string[] {
  const single = payload["participant_id"];
  if (typeof single === "string") return [single];
  const many = payload["participant_ids"];
  return Array.isArray(many) ? many.filter((id): id is string => typeof id === "string") : [];
}

const contentHash = (event: unknown): string => createHash("sha1").update(canonicalJson(event)).digest("base64");

/** Distinct contents per event_id: duplicates are further copies of one, conflicts are ids with several. */
class DuplicateIds {
  readonly #first = new Map<string, string>();
  readonly #versions = new Map<string, Set<string>>();
  copies = 0;

  add(event: Orderable): void {
    const id = canonicalEventId(event.event_id);
    const hash = contentHash(event);
    const first = this.#first.get(id);
    if (first === undefined) return void this.#first.set(id, hash);
    let versions = this.#versions.get(id);
    if (versions === undefined) {
      versions = new Set([first]);
      this.#versions.set(id, versions);
    }
    if (versions.has(hash)) this.copies++;
    else versions.add(hash);
  }

  /** Ids with more than one distinct content. */
  conflicts(): number {
    let count = 0;
    for (const versions of this.#versions.values()) if (versions.size > 1) count++;
    return count;
  }
}

/**
 * `sk-events stats FILE`: what is in a log and how it is ordered. Keeps
 * per event only its id, clock, timestamp and a content hash.
 */
export async function statsCommand(context: CommandContext, path: string, options: StatsOptions): Promise<void> {
  const input = resolveInput(path, context.io);
  const types = new Tally();
  const missions = new Tally();
  const participants = new Tally();
  const duplicates = new DuplicateIds();
  const keys: Orderable[] = [];
  let elements = 0;
  let notJson = 0;
  let invalid = 0;
  let lamport: [number, number] | null = null;
  let time: [{ key: string; value: string }, { key: string; value: string }] | null = null;
  await context.read(input, (record) => {
    elements++;
    if (record.error !== undefined) return void notJson++;
    if (!envelopeValidator.check(record.value)) return void invalid++;
    const event = record.value;
    types.add(event.event_type);
    missions.add(event.aggregate_id);
    for (const id of participantsOf(event.payload ?? {})) participants.add(id);
    duplicates.add(event);
    keys.push({ event_id: event.event_id, lamport_clock: event.lamport_clock, timestamp: event.timestamp });
    const clock = event.lamport_clock;
    lamport = lamport === null ? [clock, clock] : [Math.min(lamport[0], clock), Math.max(lamport[1], clock)];
    const key = { key: timestampKey(event.timestamp), value: event.timestamp };
    if (time === null) time = [key, key];
    else if (key.key < time[0].key) time[0] = key;
    else if (key.key > time[1].key) time[1] = key;
  });
  const range = time as [{ value: string }, { value: string }] | null;
  const report = {
    file: input.name,
    elements,
    events: keys.length,
    not_json: notJson,
    invalid_envelopes: invalid,
    event_types: types.toObject(),
    missions: missions.toObject(),
    participants: participants.toObject(),
    lamport_range: lamport === null ? null : { min: lamport[0], max: lamport[1] },
    time_range: range === null ? null : { first: range[0].value, last: range[1].value },
    duplicates: { copies: duplicates.copies, conflicting_ids: duplicates.conflicts() },
    order: measureLateness(keys),
  };
  if (options.format === "json") return void context.io.stdout.write(stableJson(report));
  const { out } = context;
  const lines = [
    out.bold(`${input.name}: ${elements} elements, ${keys.length} valid envelopes`) + (notJson + invalid > 0 ? out.yellow(` (${notJson} not JSON, ${invalid} invalid envelopes)`) : ""),
    `lamport clock: ${report.lamport_range === null ? "-" : `${report.lamport_range.min} .. ${report.lamport_range.max}`}`,
    `time: ${report.time_range === null ? "-" : `${report.time_range.first} .. ${report.time_range.last}`} (by ordering key)`,
    `duplicates: ${report.duplicates.copies} redelivered copies, ${report.duplicates.conflicting_ids === 0 ? "no conflicting ids" : out.red(`${report.duplicates.conflicting_ids} ids with conflicting content`)}`,
    report.order.late_events === 0
      ? `order: ${out.green("canonical")} (no event arrives after one that sorts after it)`
      : `order: ${out.yellow(`${report.order.late_events} events arrive late`)}; largest lateness ${report.order.max_positions} positions, ${report.order.max_lamport} lamport ticks`,
  ];
  const table = (title: string, tally: Tally) => {
    const rows = tally.top(TOP);
    const more = tally.size > TOP ? `\n${out.dim(`... and ${tally.size - TOP} more (--format json lists all)`)}` : "";
    return `\n${out.bold(title)}\n${rows.length === 0 ? out.dim("none") : renderTable([title.toLowerCase(), "events"], rows)}${more}`;
  };
  context.io.stdout.write(`${lines.join("\n")}\n${table("Event types", types)}\n${table("Missions", missions)}\n${table("Participants", participants)}\n`);
}
