// Runs from an empty project where only the packed tarballs are installed:
// the main entry and a schema file through the exports map, from plain Node.
import assert from "node:assert/strict";
import {
  canonicalToSyncV1,
  normalizeLane,
  StatusPayloadValidationError,
  assertStatusTransitionPayload,
  statusJsonSchemas,
  validateTransition,
  WP_STATUS_CHANGED,
} from "@sk/status-contracts";
import schema from "@sk/status-contracts/schemas/status_transition_payload.schema.json" with { type: "json" };

assert.equal(WP_STATUS_CHANGED, "WPStatusChanged");
assert.equal(canonicalToSyncV1(normalizeLane("doing")), "doing");
assert.equal(validateTransition({ from_lane: null, to_lane: "planned" }).valid, true);
const payload = { feature_slug: "f", wp_id: "WP01", to_lane: "planned", actor: "a", execution_mode: "worktree" };
assert.equal(assertStatusTransitionPayload(payload), payload);
assert.throws(() => assertStatusTransitionPayload({ ...payload, to_lane: "done" }), StatusPayloadValidationError);
assert.deepEqual(statusJsonSchemas().at(-1).document, schema);
console.log("smoke: @sk/status-contracts ok (lanes, payload, transitions, schema files via exports)");
