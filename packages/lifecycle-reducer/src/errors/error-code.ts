import type { ArgumentError } from "@sk/event-envelope/errors";

/**
 * Every `code` an error thrown by `@sk/lifecycle-reducer` can carry: bad
 * arguments only (`ArgumentError` of `@sk/event-envelope`); bad events are
 * anomalies, never errors.
 */
export type LifecycleReducerErrorCode = ArgumentError["code"];
