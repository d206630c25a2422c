// A char-code parser of TIMESTAMP_PATTERN's grammar, for the hot paths
// (checking and ordering large logs), where matching the regex costs more
// than these comparisons. A property test checks that both accept exactly
// the same strings.

const DASH = 45;
const COLON = 58;
const DOT = 46;
const PLUS = 43;
const UPPER_T = 84;
const UPPER_Z = 90;
const ZERO = 48;

/** "YYYY-MM-DDTHH:MM:SS": where the optional fraction or the offset starts. */
const SECONDS_END = 19;
const MAX_FRACTION_DIGITS = 6;
/** Shortest valid form: `YYYY-MM-DDTHH:MM:SS`, naive. */
const MIN_LENGTH = SECONDS_END;
/** Longest valid form: 6 fractional digits and a `±HH:MM` offset. */
const MAX_LENGTH = SECONDS_END + 1 + MAX_FRACTION_DIGITS + 6;

/** Two ASCII digits at `at` as a number, or -1. The caller guarantees `at + 1 < s.length`. */
function twoDigits(s: string, at: number): number {
  const tens = s.charCodeAt(at) - ZERO;
  const ones = s.charCodeAt(at + 1) - ZERO;
  return tens >>> 0 > 9 || ones >>> 0 > 9 ? -1 : tens * 10 + ones;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `±HH:MM` with hours 00-23 and minutes 00-59, ending the string. */
function isNumericOffset(s: string, at: number): boolean {
  if (s.length !== at + 6 || s.charCodeAt(at + 3) !== COLON) return false;
  const hours = twoDigits(s, at + 1);
  const minutes = twoDigits(s, at + 4);
  return hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59;
}

/**
 * Checks `s` against the envelope timestamp grammar (a calendar-exact
 * ISO 8601 date-time, upper-case `T`, 0 to 6 fractional digits, then an
 * offset `Z` or `±HH:MM` or none) and returns the index where the offset
 * starts (`s.length` for a naive timestamp), or -1 when `s` does not match.
 */
export function timestampOffsetStart(s: string): number {
  const length = s.length;
  if (length < MIN_LENGTH || length > MAX_LENGTH) return -1;
  const century = twoDigits(s, 0);
  const yearInCentury = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hours = twoDigits(s, 11);
  const minutes = twoDigits(s, 14);
  const seconds = twoDigits(s, 17);
  const year = century * 100 + yearInCentury;
  if (
    century < 0 ||
    yearInCentury < 0 ||
    year === 0 ||
    s.charCodeAt(4) !== DASH ||
    month < 1 ||
    month > 12 ||
    s.charCodeAt(7) !== DASH ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    s.charCodeAt(10) !== UPPER_T ||
    hours < 0 ||
    hours > 23 ||
    s.charCodeAt(13) !== COLON ||
    minutes < 0 ||
    minutes > 59 ||
    s.charCodeAt(16) !== COLON ||
    seconds < 0 ||
    seconds > 59
  ) {
    return -1;
  }
  let offset = SECONDS_END;
  if (s.charCodeAt(offset) === DOT) {
    offset++;
    while (offset < length && (s.charCodeAt(offset) - ZERO) >>> 0 <= 9) offset++;
    const digits = offset - SECONDS_END - 1;
    if (digits < 1 || digits > MAX_FRACTION_DIGITS) return -1;
  }
  if (offset === length) return offset;
  const sign = s.charCodeAt(offset);
  if (sign === UPPER_Z) return offset + 1 === length ? offset : -1;
  if (sign === PLUS || sign === DASH) return isNumericOffset(s, offset) ? offset : -1;
  return -1;
}
