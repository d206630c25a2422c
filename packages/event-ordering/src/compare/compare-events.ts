import { writeCanonicalJson } from "../json/canonical-json-writer.js";
import { sameJson } from "../json/same-json.js";
import type { Orderable } from "../key/orderable.js";
import { readOrderingFields } from "../key/read-event.js";
import { compareTimestampKeys } from "../key/timestamp-compare.js";

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Total order of events: `lamport_clock` numerically, then the timestamp
 * key (`timestampKey`), then the upper-cased `event_id`, strings by UTF-16
 * code units; when all three tie, the canonical JSON of the whole events
 * (`canonicalJson`). Returns a negative number, 0 or a positive number; 0
 * only when both events have the same content, so a sort with it is fully
 * deterministic.
 *
 * @throws OrderingInputError when either event has an invalid ordering
 *   field, or (on a full tie) content that canonical JSON cannot represent.
 */
export function compareEvents(a: Orderable, b: Orderable): number {
  const left = readOrderingFields(a);
  const right = readOrderingFields(b);
  if (left.lamportClock !== right.lamportClock) return left.lamportClock < right.lamportClock ? -1 : 1;
  if (left.timestamp !== right.timestamp) {
    const order = compareTimestampKeys(left.timestamp, right.timestamp);
    if (order !== 0) return order;
  }
  const order = compareStrings(left.eventId, right.eventId);
  if (order !== 0 || a === b || sameJson(a, b)) return order;
  return compareStrings(writeCanonicalJson(a), writeCanonicalJson(b));
}
