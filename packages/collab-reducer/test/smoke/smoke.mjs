// Runs from an empty project where only the packed tarballs are installed.
import assert from "node:assert/strict";
import { SkError } from "@sk/event-envelope";
import {
  CollaborationReducer,
  createCollaborationReducer,
  fromSnapshot,
  presenceStatus,
  reduceCollaborationEvents,
  UnknownParticipantError,
} from "@sk/collab-reducer";

const make = (n, event_type, payload) => ({
  event_id: `01HZ${String(n).padStart(22, "0")}`,
  event_type,
  aggregate_id: "mission/m-1",
  payload: { mission_id: "m-1", ...payload },
  timestamp: `2026-03-01T09:00:0${n}Z`,
  node_id: "smoke",
  lamport_clock: n,
  causation_id: null,
  project_uuid: "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
  project_slug: null,
  correlation_id: "01HZ0000000000000000000000",
  schema_version: "1.0.0",
  data_tier: 0,
});
const events = [
  make(1, "ParticipantJoined", { participant_id: "__proto__", participant_identity: { participant_id: "__proto__", participant_type: "human" } }),
  make(2, "PresenceHeartbeat", { participant_id: "__proto__" }),
  make(3, "CommentPosted", { participant_id: "__proto__", comment_id: "c1", content: "hi" }),
];

const state = reduceCollaborationEvents([...events].reverse());
assert.deepEqual(Object.keys(state.participants), ["__proto__"]);
assert.equal(state.comments.length, 1);
assert.deepEqual(JSON.parse(JSON.stringify(state)), state);

const live = createCollaborationReducer();
for (const event of [events[2], events[0], events[1]]) {
  try {
    live.apply(event);
  } catch (error) {
    assert.ok(error instanceof UnknownParticipantError && SkError.isInstance(error));
  }
}
for (const event of events) assert.ok(["applied", "reordered", "duplicate"].includes(live.apply(event).outcome));
assert.deepEqual(live.state(), state);
assert.ok(fromSnapshot(live.toSnapshot()) instanceof CollaborationReducer);
assert.deepEqual(Object.entries(presenceStatus(state, "2026-03-01T09:00:03Z", 5000)), [["__proto__", "active"]]);
console.log("@sk/collab-reducer smoke ok");
