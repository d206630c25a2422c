import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { onTestFinished } from "vitest";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A valid ULID from a small counter. */
export function ulid(counter: number): string {
  let text = "";
  for (let rest = counter, at = 0; at < 24; at++, rest = Math.floor(rest / 32)) text = CROCKFORD[rest % 32] + text;
  return `01${text}`;
}

export type Event = Record<string, unknown> & { event_id: string; event_type: string; lamport_clock: number; payload: Record<string, unknown> };

/** A valid collaboration envelope: `n` sets its id, clock and timestamp. */
export function event(n: number, event_type: string, payload: Record<string, unknown>, mission = "m-1"): Event {
  return {
    event_id: ulid(n),
    event_type,
    aggregate_id: `mission/${mission}`,
    payload: { mission_id: mission, ...payload },
    timestamp: `2026-03-01T09:${String(Math.floor(n / 60) % 60).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}Z`,
    node_id: "saas-1",
    lamport_clock: n,
    causation_id: null,
    project_uuid: "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
    project_slug: null,
    correlation_id: ulid(0),
    schema_version: "1.0.0",
    data_tier: 0,
  };
}

export const identity = (id: string, type = "human") => ({ participant_id: id, participant_type: type });
export const join_ = (n: number, id: string, mission = "m-1") =>
  event(n, "ParticipantJoined", { participant_id: id, participant_identity: identity(id) }, mission);
export const beat = (n: number, id: string, mission = "m-1") => event(n, "PresenceHeartbeat", { participant_id: id }, mission);

/** A small valid mission: two joins, a drive intent, heartbeats, a warning and an acknowledgement. */
export function smallMission(mission = "m-1", from = 1): Event[] {
  let n = from - 1;
  const next = () => ++n;
  return [
    join_(next(), "ana", mission),
    join_(next(), "ben", mission),
    event(next(), "DriveIntentSet", { participant_id: "ana", intent: "active" }, mission),
    event(next(), "FocusChanged", { participant_id: "ana", focus_target: { target_type: "wp", target_id: "WP01" } }, mission),
    event(next(), "FocusChanged", { participant_id: "ben", focus_target: { target_type: "wp", target_id: "WP01" } }, mission),
    event(next(), "ConcurrentDriverWarning", { warning_id: "w1", participant_ids: ["ana", "ben"], focus_target: { target_type: "wp", target_id: "WP01" }, severity: "warning" }, mission),
    event(next(), "WarningAcknowledged", { participant_id: "ana", warning_id: "w1", acknowledgement: "continue" }, mission),
    beat(next(), "ana", mission),
    beat(next(), "ben", mission),
  ];
}

/** A fresh temporary directory, removed when the test that made it finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "sk-events-test-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes lines (strings as is, anything else as JSON) as a JSON Lines file. */
export function writeJsonl(dir: string, name: string, lines: readonly unknown[], options: { gzip?: boolean } = {}): string {
  const text = `${lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n")}\n`;
  const path = join(dir, name);
  writeFileSync(path, options.gzip === true ? gzipSync(text) : text);
  return path;
}
