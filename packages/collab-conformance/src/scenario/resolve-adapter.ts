import { ArgumentError } from "@sk/event-envelope/errors";
import { batchReducerAdapter, type ConformanceAdapter } from "./conformance-adapter.js";

/** `options.adapter` checked: absent → the batch reducer; else an object with a `reduce` function. */
export function resolveAdapter(adapter: unknown): ConformanceAdapter {
  if (adapter === undefined) return batchReducerAdapter;
  if (typeof adapter === "object" && adapter !== null && typeof (adapter as { readonly reduce?: unknown }).reduce === "function") {
    return adapter as ConformanceAdapter;
  }
  throw new ArgumentError("options.adapter", "type", adapter, "expected an object with a reduce(events, options) function");
}
