import { writeCanonicalJson } from "../json/canonical-json-writer.js";
import { sameJson } from "../json/same-json.js";
import { canonicalEventId } from "../key/event-id.js";
import type { Orderable } from "../key/orderable.js";
import { compareTimestampKeys } from "../key/timestamp-compare.js";

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * The comparator of `compareEvents`, for events whose ordering fields are
 * already checked. `indexA` and `indexB` are the events' positions in the
 * caller's array, named by the error when their content has no canonical
 * JSON (only read on a full tie).
 */
export function compareChecked(a: Orderable, b: Orderable, indexA?: number, indexB?: number): number {
  if (a === b) return 0;
  if (a.lamport_clock !== b.lamport_clock) return a.lamport_clock < b.lamport_clock ? -1 : 1;
  if (a.timestamp !== b.timestamp) {
    const order = compareTimestampKeys(a.timestamp, b.timestamp);
    if (order !== 0) return order;
  }
  const order = compareStrings(canonicalEventId(a.event_id), canonicalEventId(b.event_id));
  // Exact copies (the usual duplicates) tie without serialising either event.
  if (order !== 0 || sameJson(a, b)) return order;
  return compareStrings(writeCanonicalJson(a, indexA), writeCanonicalJson(b, indexB));
}
