import { OrderingInputError } from "../errors/ordering-input-error.js";
import { timestampOffsetStart } from "./timestamp-grammar.js";

const UPPER_Z = 90;
const ZERO = 48;
const SECONDS_END = 19;
const UTC_OFFSET = "+00:00";
const NEGATIVE_ZERO_OFFSET = "-00:00";
const MICROSECOND_PAD = "000000";

/** The expectation quoted in timestamp errors. */
export const TIMESTAMP_EXPECTATION = "expected an RFC 3339 date-time with an offset (Z or ±HH:MM) and 0 to 6 fractional digits";

/**
 * Renders a timestamp already checked by `timestampOffsetStart` (which
 * returned `offsetStart`) the way Python's `datetime.isoformat()` renders
 * the parsed value.
 */
export function renderTimestampKey(timestamp: string, offsetStart: number): string {
  let fraction = "";
  if (offsetStart > SECONDS_END) {
    // Python drops a zero microsecond part entirely and pads others to 6 digits.
    for (let at = SECONDS_END + 1; at < offsetStart; at++) {
      if (timestamp.charCodeAt(at) !== ZERO) {
        const digits = timestamp.slice(SECONDS_END + 1, offsetStart);
        fraction = "." + digits + MICROSECOND_PAD.slice(digits.length);
        break;
      }
    }
  }
  let offset: string;
  if (timestamp.charCodeAt(offsetStart) === UPPER_Z) offset = UTC_OFFSET;
  else {
    offset = timestamp.slice(offsetStart);
    // A zero timedelta renders as "+00:00" whatever its sign on the wire.
    if (offset === NEGATIVE_ZERO_OFFSET) offset = UTC_OFFSET;
  }
  return timestamp.slice(0, SECONDS_END) + fraction + offset;
}

/** Throws the error for a timestamp that is not a grammar-conforming string. */
export function invalidTimestamp(value: unknown, index: number | undefined): OrderingInputError {
  if (value === undefined) return new OrderingInputError({ field: "timestamp", rule: "required", value, expectation: "required field is missing", index });
  const rule = typeof value === "string" ? "pattern" : "type";
  return new OrderingInputError({ field: "timestamp", rule, value, expectation: TIMESTAMP_EXPECTATION, index });
}

/**
 * The timestamp component of the ordering key: exactly what Python's
 * `datetime.isoformat()` prints for the parsed value, built from the string
 * (never through `Date`, which keeps milliseconds only).
 *
 * `YYYY-MM-DDTHH:MM:SS`, then `.ffffff` (6 digits, right-padded) only when
 * the fraction is non-zero, then the offset as `+HH:MM`/`-HH:MM`; `Z` and
 * `-00:00` render as `+00:00`.
 *
 * @example timestampKey("2026-01-15T10:00:00.5Z") === "2026-01-15T10:00:00.500000+00:00"
 * @throws OrderingInputError (field `timestamp`, rule `type` or `pattern`) when the input is not an envelope timestamp.
 */
export function timestampKey(timestamp: string): string {
  const offsetStart = typeof timestamp === "string" ? timestampOffsetStart(timestamp) : -1;
  if (offsetStart === -1) throw invalidTimestamp(timestamp, undefined);
  return renderTimestampKey(timestamp, offsetStart);
}
