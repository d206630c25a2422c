const MARKER = Symbol.for("@sk/error");

/** Options every library error accepts. */
export interface SkErrorOptions {
  /** The underlying cause, when this error wraps another. */
  readonly cause?: unknown;
}

/**
 * Base class of every error thrown by an `@sk/*` package.
 *
 * `code` is stable and machine-readable. `SkError.isInstance` recognises
 * errors across duplicated installs of this package (a `Symbol.for` marker),
 * where `instanceof` would not.
 */
export class SkError extends Error {
  /** Stable machine-readable code, e.g. `ENVELOPE_VALIDATION`. */
  readonly code: string;

  constructor(code: string, message: string, options: SkErrorOptions = {}) {
    super(message, "cause" in options ? { cause: options.cause } : undefined);
    this.code = code;
    this.name = new.target.name;
    Object.defineProperty(this, MARKER, { value: true });
  }

  /** True for any `@sk/*` error, even one created by another copy of this package. */
  static isInstance(value: unknown): value is SkError {
    return typeof value === "object" && value !== null && (value as { readonly [MARKER]?: unknown })[MARKER] === true;
  }
}
