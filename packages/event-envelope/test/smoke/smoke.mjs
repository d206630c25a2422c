// Runs from an empty project where only the packed tarball is installed.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createMissionEvent, LamportClock, parseEvent, safeParseEvent, SkError } from "@sk/event-envelope";
import { EnvelopeValidationError } from "@sk/event-envelope/errors";

const event = createMissionEvent({
  missionId: "M-1",
  missionRunId: "01HQ8ZQ0X6W8T3K9V5R2M4N7PB",
  eventType: "PresenceHeartbeat",
  payload: { participant_id: "p-1" },
  nodeId: "smoke",
  projectUuid: "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
  lamportClock: new LamportClock(),
});
assert.deepEqual(parseEvent(JSON.parse(JSON.stringify(event))), { value: event, warnings: [] });
assert.deepEqual(
  parseEvent({ ...event, timestamp: "2026-03-03T09:12:07.381370" }).warnings.map((warning) => warning.code),
  ["TIMESTAMP_WITHOUT_OFFSET"],
);
assert.equal(safeParseEvent({}).ok, false);
assert.throws(() => parseEvent(null), (error) => error instanceof EnvelopeValidationError && SkError.isInstance(error));

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve("@sk/event-envelope/schemas/event.schema.json"), "utf8"));
assert.equal(schema.title, "Event");
console.log("@sk/event-envelope smoke ok");
