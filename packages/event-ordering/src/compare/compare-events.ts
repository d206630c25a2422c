import type { Orderable } from "../key/orderable.js";
import { checkOrderingFields } from "../key/ordering-fields.js";
import { compareChecked } from "./compare-checked.js";

/**
 * Total order of events: `lamport_clock` numerically, then the timestamp
 * key (`timestampKey`), then the upper-cased `event_id`, strings by UTF-16
 * code units; when all three tie, the canonical JSON of the whole events
 * (`canonicalJson`). Returns -1, 0 or 1; 0 only when both events have the
 * same content, so a sort with it is fully deterministic. `sortAndDedup`
 * sorts with this comparator.
 *
 * @throws OrderingInputError when either event has an invalid ordering
 *   field, or (on a full tie) content that canonical JSON cannot represent.
 */
export function compareEvents(a: Orderable, b: Orderable): number {
  checkOrderingFields(a);
  checkOrderingFields(b);
  return compareChecked(a, b);
}
