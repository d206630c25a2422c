import { ArgumentError } from "@sk/event-envelope/errors";
import type { InvalidEnvelopePolicy, OrderingOptions, SortAndDedupOptions } from "./ordering-options.js";

/** The options after checking, as the table uses them. */
export interface ReadOptions<T> {
  readonly include: OrderingOptions<T>["include"];
  readonly invalid: InvalidEnvelopePolicy | undefined;
}

/**
 * Checks `options` and returns what they ask for: `ArgumentError` names
 * `options` (not an object), an unknown `options.<name>` (so that a typo
 * does not silently order every event; `invalid` is known only where
 * `allowInvalid`), `options.include` (not a function) or `options.invalid`.
 */
export function readOptions<T>(options: SortAndDedupOptions<T> | undefined, allowInvalid: boolean): ReadOptions<T> {
  if (options === undefined) return { include: undefined, invalid: undefined };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ArgumentError("options", "type", options, "expected an options object");
  }
  for (const name of Object.keys(options)) {
    if (name !== "include" && !(allowInvalid && name === "invalid")) {
      throw new ArgumentError(`options.${name}`, "additionalProperties", (options as Record<string, unknown>)[name], allowInvalid ? "expected only include and invalid" : "expected only include");
    }
  }
  const include: unknown = options.include;
  if (include !== undefined && typeof include !== "function") {
    throw new ArgumentError("options.include", "type", include, "expected a function (event, index) => boolean");
  }
  const invalid: unknown = options.invalid;
  if (invalid !== undefined && invalid !== "report" && invalid !== "throw") {
    throw new ArgumentError("options.invalid", "enum", invalid, 'expected "report" or "throw"');
  }
  return { include: options.include, invalid: options.invalid };
}

/** `options.include` of `sortEvents` and `dedupEvents`, after checking the options (see `readOptions`). */
export function includeOf<T>(options: OrderingOptions<T> | undefined): OrderingOptions<T>["include"] {
  return readOptions(options, false).include;
}
