import { OrderingInputError } from "../errors/ordering-input-error.js";

const UPPER_Z = 90;
const ZERO = 48;
const SECONDS_END = 19;
const UTC_OFFSET = "+00:00";
const NEGATIVE_ZERO_OFFSET = "-00:00";
const MICROSECOND_PAD = "000000";

/** The expectation quoted in timestamp errors. */
export const TIMESTAMP_EXPECTATION = "expected an ISO 8601 date-time YYYY-MM-DDTHH:MM:SS with 0 to 6 fractional digits and an optional offset (Z or ±HH:MM)";

/**
 * Renders a timestamp already checked by `timestampOffsetStart` (which
 * returned `offsetStart`) the way Python's `datetime.isoformat()` renders
 * the parsed value (a naive timestamp, `offsetStart === timestamp.length`,
 * renders without an offset).
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

/** The error for a timestamp that is missing, not a string or not of the grammar. */
export function invalidTimestamp(value: unknown, index: number | undefined): OrderingInputError {
  if (value === undefined) return new OrderingInputError({ field: "timestamp", rule: "required", value, expectation: "required field is missing", index });
  const rule = typeof value === "string" ? "pattern" : "type";
  return new OrderingInputError({ field: "timestamp", rule, value, expectation: TIMESTAMP_EXPECTATION, index });
}
