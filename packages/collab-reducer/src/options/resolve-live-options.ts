import { ArgumentError } from "@sk/event-envelope/errors";
import { type ResolvedOptions, resolveOptions } from "./resolve-options.js";

/** The reorder window when the `window` option is absent. */
export const DEFAULT_WINDOW = 1000;

/** Live reducer options after validation. */
export interface ResolvedLiveOptions extends ResolvedOptions {
  readonly window: number;
}

/** Validates live reducer options (`resolveOptions` plus `window`, a safe integer >= 0). */
export function resolveLiveOptions(options: unknown): ResolvedLiveOptions {
  const resolved = resolveOptions(options, "options", ["window"]);
  const window = options === undefined ? undefined : (options as { readonly window?: unknown }).window;
  if (window !== undefined && !(Number.isSafeInteger(window) && (window as number) >= 0)) {
    throw new ArgumentError("options.window", "minimum", window, "expected a whole number of events >= 0");
  }
  return { ...resolved, window: (window as number | undefined) ?? DEFAULT_WINDOW };
}
