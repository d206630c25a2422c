// Runs from an empty project where only the packed tarballs are installed.
import assert from "node:assert/strict";
import { assertGatePayload, gateJsonSchemas, mapCheckRunConclusion, UnknownConclusionError } from "@sk/gate-contracts";
import schema from "@sk/gate-contracts/schemas/gate_failed_payload.schema.json" with { type: "json" };

assert.equal(mapCheckRunConclusion("action_required"), "GateFailed");
assert.throws(() => mapCheckRunConclusion("Success"), UnknownConclusionError);
const payload = {
  gate_name: "ci/test",
  gate_type: "ci",
  conclusion: "cancelled",
  external_provider: "github",
  check_run_id: 1,
  check_run_url: "http://ci.local/1",
  delivery_id: "d-1",
};
assert.equal(assertGatePayload("GateFailed", payload), payload);
assert.deepEqual(gateJsonSchemas()[1].document, schema);
console.log("smoke: @sk/gate-contracts ok (conclusions, payloads, schema files via exports)");
