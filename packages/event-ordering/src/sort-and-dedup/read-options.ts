import { ArgumentError } from "@sk/event-envelope/errors";
import type { InvalidEnvelopePolicy, SortAndDedupOptions } from "./options.js";

/** The options after checking. */
export interface ReadOptions<T> {
  readonly include: SortAndDedupOptions<T>["include"];
  readonly invalid: InvalidEnvelopePolicy | undefined;
}

/**
 * Checks `options` and returns what they ask for: `ArgumentError` names
 * `options` (not an object), an unknown `options.<name>` (so that a typo
 * does not silently order every event), `options.include` (not a function)
 * or `options.invalid`.
 */
export function readOptions<T>(options: SortAndDedupOptions<T> | undefined): ReadOptions<T> {
  if (options === undefined) return { include: undefined, invalid: undefined };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ArgumentError("options", "type", options, "expected an options object");
  }
  for (const name of Object.keys(options)) {
    if (name !== "include" && name !== "invalid") {
      throw new ArgumentError(`options.${name}`, "additionalProperties", (options as Record<string, unknown>)[name], "expected only include and invalid");
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
