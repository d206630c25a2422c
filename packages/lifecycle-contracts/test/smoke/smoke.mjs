// Run by scripts/check-package.mjs from an empty project where only the packed
// tarballs are installed: proves the package works from plain Node, with its
// exports map (main entry and a schema file).
import assert from "node:assert/strict";
import {
  LIFECYCLE_EVENT_TYPES,
  LIFECYCLE_SCHEMA_VERSION,
  LifecyclePayloadValidationError,
  TERMINAL_MISSION_STATUSES,
  assertLifecyclePayload,
  lifecycleJsonSchemas,
  validateLifecyclePayload,
} from "@sk/lifecycle-contracts";
import schema from "@sk/lifecycle-contracts/schemas/mission_started_payload.schema.json" with { type: "json" };

assert.equal(LIFECYCLE_EVENT_TYPES.length, 5);
assert.equal(LIFECYCLE_SCHEMA_VERSION, "2.0.0");
assert.deepEqual(TERMINAL_MISSION_STATUSES, ["completed", "cancelled"]);

const payload = { mission_id: "mission-042", mission_type: "software-dev", initial_phase: "specify", actor: "prt-alice" };
assert.equal(validateLifecyclePayload("MissionStarted", payload).ok, true);
assert.throws(() => assertLifecyclePayload("MissionStarted", { ...payload, initial_phase: "" }), LifecyclePayloadValidationError);

assert.equal(schema.title, "MissionStartedPayload");
assert.deepEqual(lifecycleJsonSchemas().find(({ file }) => file === "mission_started_payload.schema.json")?.document, schema);

console.log("smoke: @sk/lifecycle-contracts ok (validation, errors, schema files via exports)");
