/**
 * "Non-blank" follows the reference implementation (Python `str.strip()`):
 * a string is blank when every character is whitespace in Python's sense.
 * That set differs from JavaScript's `trim()` (Python also strips
 * U+001C-U+001F and U+0085, JavaScript also strips U+FEFF), so it is
 * spelled out here and shared by the code check and the JSON Schema files.
 */
const WHITESPACE = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

/** JSON Schema `pattern` of a non-blank string: at least one non-whitespace character. */
export const NON_BLANK_PATTERN = `[^${WHITESPACE}]`;

const NON_BLANK = new RegExp(NON_BLANK_PATTERN);

/** True when `value` is a string with at least one non-whitespace character. */
export function isNonBlank(value: unknown): value is string {
  return typeof value === "string" && NON_BLANK.test(value);
}
