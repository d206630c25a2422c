// Run by scripts/check-package.mjs from an empty project where only the packed
// tarballs are installed: proves the package works from plain Node, with its
// exports map (main entry and a schema file).
import assert from "node:assert/strict";
import {
  COLLABORATION_EVENT_TYPES,
  PayloadValidationError,
  assertPayload,
  collaborationJsonSchemas,
  createCollaborationEvent,
  validatePayload,
} from "@sk/collab-contracts";
import schema from "@sk/collab-contracts/schemas/participant_joined_payload.schema.json" with { type: "json" };

assert.equal(COLLABORATION_EVENT_TYPES.size, 14);

const payload = {
  mission_id: "mission-042",
  participant_id: "prt-alice",
  participant_identity: { participant_id: "prt-alice", participant_type: "human" },
  auth_principal_id: "auth0|alice",
};
assert.equal(validatePayload("ParticipantJoined", payload).ok, true);
assert.throws(() => assertPayload("ParticipantJoined", { ...payload, participant_identity: {} }), PayloadValidationError);

const event = createCollaborationEvent({
  missionId: "mission-042",
  missionRunId: "01J0MRXN0000000000000000AB",
  eventType: "ParticipantJoined",
  payload,
  nodeId: "saas-node-1",
  projectUuid: "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
  lamportClock: 1,
});
assert.equal(event.aggregate_id, "mission/mission-042");

assert.equal(schema.title, "ParticipantJoinedPayload");
assert.deepEqual(collaborationJsonSchemas().find(({ file }) => file === "participant_joined_payload.schema.json")?.document, schema);

console.log("smoke: @sk/collab-contracts ok (validation, events, schema files via exports)");
