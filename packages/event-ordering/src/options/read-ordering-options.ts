import { ArgumentError } from "@sk/event-envelope/errors";
import type { OrderingOptions } from "./ordering-options.js";

const OPTION_NAMES: ReadonlySet<string> = new Set(["include"]);

/**
 * `options.include`, after checking the options: `ArgumentError` names
 * `options` (not an object), an unknown `options.<name>` (so that a typo
 * does not silently order every event) or `options.include` (not a function).
 */
export function includeOf<T>(options: OrderingOptions<T> | undefined): OrderingOptions<T>["include"] {
  if (options === undefined) return undefined;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ArgumentError("options", "type", options, "expected an options object");
  }
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name)) throw new ArgumentError(`options.${name}`, "additionalProperties", (options as Record<string, unknown>)[name], "expected only include");
  }
  const include: unknown = options.include;
  if (include !== undefined && typeof include !== "function") {
    throw new ArgumentError("options.include", "type", include, "expected a function (event, index) => boolean");
  }
  return options.include;
}
