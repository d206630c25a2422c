import { describeValue } from "../errors/violation.js";
import { isNaiveTimestamp } from "../schema/patterns.js";

/** Every code a {@link ValidationWarning} can carry. */
export type ValidationWarningCode = "TIMESTAMP_WITHOUT_OFFSET";

/**
 * Something a validator accepted but flags: the value is valid and used as
 * sent, yet its producer should fix it. Shaped like a violation, with a
 * stable `code` in place of the rule.
 */
export interface ValidationWarning {
  /** Stable machine-readable code, e.g. `TIMESTAMP_WITHOUT_OFFSET`. */
  readonly code: ValidationWarningCode;
  /** JSON pointer (RFC 6901) of the flagged field. */
  readonly path: string;
  /** The value found at `path`. */
  readonly value: unknown;
  /** Human-readable description: what is wrong and what to send instead. */
  readonly message: string;
}

/** The warnings of a valid value: none. Shared, frozen. */
export const NO_WARNINGS: readonly ValidationWarning[] = Object.freeze([]);

/**
 * The `TIMESTAMP_WITHOUT_OFFSET` warning for a naive timestamp at `path`
 * (a JSON pointer), or `undefined` when `value` is not one.
 */
export function timestampWarning(path: string, value: unknown): ValidationWarning | undefined {
  if (!isNaiveTimestamp(value)) return undefined;
  return Object.freeze({
    code: "TIMESTAMP_WITHOUT_OFFSET",
    path,
    value,
    message: `${path}: no offset, so the instant is unknown; accepted and ordered as sent, but send an offset, preferably UTC (Z) (code: TIMESTAMP_WITHOUT_OFFSET), got ${describeValue(value)}`,
  });
}

/** The warnings of an envelope-shaped value, whether or not it is valid otherwise. */
export function envelopeWarnings(value: unknown): readonly ValidationWarning[] {
  if (typeof value !== "object" || value === null) return NO_WARNINGS;
  const warning = timestampWarning("/timestamp", (value as { readonly timestamp?: unknown }).timestamp);
  return warning === undefined ? NO_WARNINGS : Object.freeze([warning]);
}
