import { timestampOffsetStart } from "./timestamp-grammar.js";

/**
 * Wire-format patterns, shared by the TypeBox schemas, the generated JSON
 * Schema and any hand-written check, so that every layer agrees.
 */

/** ULID: 26 Crockford base32 characters (no I, L, O, U), case-insensitive, first `0`-`7`. */
export const ULID_PATTERN = "^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$";

/** UUID in `8-4-4-4-12` hex, case-insensitive. */
export const UUID_PATTERN = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$";

/** Plain `MAJOR.MINOR.PATCH`. */
export const SEMVER_PATTERN = "^\\d+\\.\\d+\\.\\d+$";

// Calendar-exact date: 31-day months, 30-day months, February up to the 28th,
// and February 29th only in leap years (divisible by 4, centuries by 400).
// Year 0000 does not exist in the reference implementation's calendar.
const MONTH_DAY =
  "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))";
const LEAP_YEAR = "(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
const DATE = `(?!0000)(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;
const TIME = "(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,6})?";
const OFFSET = "(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)";

/**
 * The envelope's `timestamp`: an ISO 8601 date-time that Python's
 * `datetime.fromisoformat` also accepts, upper-case `T`, 0 to 6 fractional
 * digits, then an offset (`Z` or `±HH:MM`) or none. A timestamp without an
 * offset ("naive") is valid but flagged with a `TIMESTAMP_WITHOUT_OFFSET`
 * warning: it is what the spec-kitty CLI 1.x writes.
 */
export const TIMESTAMP_PATTERN = `^${DATE}T${TIME}${OFFSET}?$`;

/** RFC 3339 date-time: like `TIMESTAMP_PATTERN` with a mandatory offset. What builders emit, and fields other than the envelope's `timestamp` require. */
export const OFFSET_TIMESTAMP_PATTERN = `^${DATE}T${TIME}${OFFSET}$`;

export const ULID_REGEX = new RegExp(ULID_PATTERN);
export const UUID_REGEX = new RegExp(UUID_PATTERN);
export const TIMESTAMP_REGEX = new RegExp(TIMESTAMP_PATTERN);
export const OFFSET_TIMESTAMP_REGEX = new RegExp(OFFSET_TIMESTAMP_PATTERN);

/** True when `value` is a ULID string in either case. */
export function isUlid(value: unknown): value is string {
  return typeof value === "string" && ULID_REGEX.test(value);
}

/** True when `value` is a timestamp the envelope accepts, with or without an offset. */
export function isTimestamp(value: unknown): value is string {
  return typeof value === "string" && timestampOffsetStart(value) !== -1;
}

/** True when `value` is a timestamp the envelope accepts and it has no offset (local wall clock, instant unknown). */
export function isNaiveTimestamp(value: unknown): value is string {
  return typeof value === "string" && timestampOffsetStart(value) === value.length;
}
