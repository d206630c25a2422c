/** Options every library error accepts. */
export interface SkErrorOptions {
  /** The underlying cause, when this error wraps another. */
  readonly cause?: unknown;
}

/** The marker an error carries for each class it is an instance of, shared by every copy of the package. */
function marker(className: string): symbol {
  return Symbol.for(`@sk/error/${className}`);
}

/**
 * Base of every error thrown by an `@sk/*` package.
 *
 * `code` is stable, machine-readable and, on every concrete class, a string
 * literal type, so `switch (error.code)` narrows. `X.isInstance(value)`
 * recognises instances of `X` and of its subclasses even when they come from
 * another install of the package, where `instanceof` would not: the
 * constructor marks each instance with a `Symbol.for` marker per class in its
 * chain, keyed by class name (class names are unique across `@sk/*`).
 */
export class SkError<Code extends string = string> extends Error {
  /** Stable machine-readable code, e.g. `ENVELOPE_VALIDATION`. */
  readonly code: Code;

  constructor(code: Code, message: string, options: SkErrorOptions = {}) {
    super(message, "cause" in options ? { cause: options.cause } : undefined);
    this.code = code;
    this.name = new.target.name;
    // Every class from new.target up to SkError; a copy's chain ends at that copy's SkError.
    for (let prototype: SkError = new.target.prototype; ; prototype = Object.getPrototypeOf(prototype)) {
      Object.defineProperty(this, marker(prototype.constructor.name), { value: true });
      if (prototype === SkError.prototype) break;
    }
  }

  /**
   * True when `value` is an instance of this class or of a subclass, from
   * any copy of the package: `SkError.isInstance` accepts every `@sk/*`
   * error, `UnknownParticipantError.isInstance` only that class's.
   */
  static isInstance<T>(this: abstract new (...args: never) => T, value: unknown): value is T {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class the check was called on, not always SkError.
    const own = marker(this.name);
    return typeof value === "object" && value !== null && (value as Readonly<Record<symbol, unknown>>)[own] === true;
  }
}
