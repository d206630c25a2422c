/**
 * Renders a string the way Python's `repr()` does, so that anomaly reasons
 * and error messages read exactly like the Python reference implementation's
 * (`'p1'`, or `"it's"` when the text holds a single quote and no double one).
 * Non-printable characters (Unicode "Other" and "Separator" categories, the
 * ASCII space excepted) are escaped as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
 */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = "";
  for (const char of text) body += escapeChar(char, quote);
  return `${quote}${body}${quote}`;
}

const NON_PRINTABLE = /^[\p{C}\p{Z}]$/u;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeChar(char: string, quote: string): string {
  if (char === quote) return `\\${quote}`;
  const short = SHORT_ESCAPES[char];
  if (short !== undefined) return short;
  if (char === " " || !NON_PRINTABLE.test(char)) return char;
  const code = char.codePointAt(0)!;
  if (code < 0x100) return `\\x${hex(code, 2)}`;
  if (code < 0x10000) return `\\u${hex(code, 4)}`;
  return `\\U${hex(code, 8)}`;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}
