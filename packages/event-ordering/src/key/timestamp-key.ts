import { timestampOffsetStart } from "@sk/event-envelope";
import { OrderingInputError } from "../errors/ordering-input-error.js";
import { invalidTimestamp, renderTimestampKey, TIMESTAMP_EXPECTATION } from "./timestamp-render.js";

/**
 * The timestamp component of the ordering key: exactly what Python's
 * `datetime.isoformat()` prints for the parsed value, built from the string
 * (never through `Date`, which keeps milliseconds only).
 *
 * `YYYY-MM-DDTHH:MM:SS`, then `.ffffff` (6 digits, right-padded) only when
 * the fraction is non-zero, then the offset as `+HH:MM`/`-HH:MM`; `Z` and
 * `-00:00` render as `+00:00`; a naive timestamp (no offset) renders with
 * none, so it sorts before the same wall clock with an offset.
 *
 * @example timestampKey("2026-01-15T10:00:00.5Z") === "2026-01-15T10:00:00.500000+00:00"
 * @throws OrderingInputError (field `timestamp`, rule `type` or `pattern`) when the input is not an envelope timestamp.
 */
export function timestampKey(timestamp: string): string {
  if (typeof timestamp !== "string") throw new OrderingInputError({ field: "timestamp", rule: "type", value: timestamp, expectation: TIMESTAMP_EXPECTATION });
  const offsetStart = timestampOffsetStart(timestamp);
  if (offsetStart === -1) throw invalidTimestamp(timestamp, undefined);
  return renderTimestampKey(timestamp, offsetStart);
}
