/**
 * One broken rule: where (a JSON pointer into the checked value), which rule
 * (a JSON Schema keyword such as `required`, `pattern`, `minLength`, or a
 * named contract rule), the offending value, and a readable message.
 */
export interface Violation {
  /** JSON pointer (RFC 6901) of the offending field; `""` is the value itself. */
  readonly path: string;
  /** The rule that failed. */
  readonly rule: string;
  /** The value found at `path` (`undefined` when the field is missing). */
  readonly value: unknown;
  /** Human-readable description naming the field, the rule and the value. */
  readonly message: string;
}

/** Escapes one JSON pointer segment (RFC 6901: `~` → `~0`, `/` → `~1`). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Renders a value for an error message without ever throwing or flooding it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function" || typeof value === "symbol") return typeof value;
  let text: string;
  try {
    // `toJSON` may return undefined or a symbol, which JSON.stringify renders as undefined.
    text = JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Formats violations as one line each, for error messages. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations.map((violation) => `  - ${violation.message}`).join("\n");
}
