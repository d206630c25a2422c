// Runs from an empty project where only the packed tarballs are installed.
import assert from "node:assert/strict";
import { SkError } from "@sk/event-envelope/errors";
import { compareEvents, OrderingInputError, orderingKey, sortAndDedup, timestampKey } from "@sk/event-ordering";

const first = { event_id: "01HQ8ZQ0X6W8T3K9V5R2M4N7PA", lamport_clock: 1, timestamp: "2026-01-15T10:00:00.5Z", payload: { n: 1 } };
const second = { event_id: "01HQ8ZQ0X6W8T3K9V5R2M4N7PB", lamport_clock: 2, timestamp: "2026-01-15T10:00:00Z", payload: { n: 2 } };
const conflicting = { ...first, event_id: first.event_id.toLowerCase(), lamport_clock: 5, payload: { n: 3 } };

const result = sortAndDedup([second, conflicting, structuredClone(second), first]);
assert.deepEqual(result.events, [first, second]);
assert.deepEqual(result.conflicts, [{ event_id: first.event_id, kept: first, discarded: [conflicting] }]);
assert.equal(timestampKey(first.timestamp), "2026-01-15T10:00:00.500000+00:00");
assert.deepEqual(orderingKey(conflicting), [5, "2026-01-15T10:00:00.500000+00:00", first.event_id]);
assert.equal(compareEvents(first, second), -1);
assert.throws(
  () => sortAndDedup([{ ...first, lamport_clock: -1 }]),
  (error) => error instanceof OrderingInputError && SkError.isInstance(error) && error.index === 0 && error.rule === "minimum",
);
console.log("@sk/event-ordering smoke ok");
