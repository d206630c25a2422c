// Packaging smoke test: runs from a plain Node install of the packed tarball.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { gzipSync } from "node:zlib";
import { EXIT, run } from "@sk/events-cli";

const event = (n, event_type, payload) => ({
  event_id: `01HZ${String(n).padStart(22, "0")}`,
  event_type,
  aggregate_id: "mission/m-1",
  payload: { mission_id: "m-1", ...payload },
  timestamp: `2026-03-01T09:00:0${n}Z`,
  node_id: "saas-1",
  lamport_clock: n,
  causation_id: null,
  project_uuid: "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
  project_slug: null,
  correlation_id: "01HZ0000000000000000000000",
  schema_version: "1.0.0",
  data_tier: 0,
});
const events = [
  event(1, "ParticipantJoined", { participant_id: "ana", participant_identity: { participant_id: "ana", participant_type: "human" } }),
  event(2, "PresenceHeartbeat", { participant_id: "ana" }),
  event(3, "DriveIntentSet", { participant_id: "ana", intent: "active" }),
];
const dir = mkdtempSync(join(tmpdir(), "sk-events-smoke-"));
const log = join(dir, "log.jsonl.gz");
writeFileSync(log, gzipSync(`${events.map((value) => JSON.stringify(value)).join("\n")}\n`));

// The installed bin.
const bin = (...args) => spawnSync(process.execPath, ["node_modules/.bin/sk-events", ...args], { encoding: "utf8" });
assert.match(bin("--help").stdout, /Usage: sk-events/);
const validated = bin("validate", log);
assert.equal(validated.status, 0, validated.stderr);
assert.match(validated.stdout, /all 3 elements valid/);
const reduced = bin("reduce", log, "--format", "json");
assert.equal(reduced.status, 0, reduced.stderr);
assert.deepEqual(JSON.parse(reduced.stdout).active_drivers, ["ana"]);
const schemas = bin("schemas", "--out", join(dir, "schemas"));
assert.equal(schemas.status, 0, schemas.stderr);

// The programmatic entry point.
const stdout = new PassThrough();
let text = "";
stdout.on("data", (chunk) => {
  text += chunk;
});
const code = await run(["stats", log, "--format", "json"], { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {} });
assert.equal(code, EXIT.ok);
assert.equal(JSON.parse(text).events, 3);

console.log("smoke: sk-events validates, reduces and counts a gzip log");
