import { type InvalidElement, invalidElement, orderInvalidElements } from "../envelope/invalid-element.js";
import { InvalidEnvelopeError } from "../errors/invalid-envelope-error.js";
import type { Orderable } from "../key/orderable.js";
import type { InvalidEnvelopePolicy, SortAndDedupOptions } from "../options/ordering-options.js";
import { readOptions } from "../options/read-ordering-options.js";
import { dedupInOrder } from "../table/dedup-order.js";
import { EventTable } from "../table/event-table.js";
import { sortedOrder } from "../table/sorted-order.js";
import type { DedupResult } from "./dedup-result.js";

/** What `sortAndDedup` returns when it checks envelopes: also the elements it left out as invalid. */
export interface CheckedDedupResult<T extends Orderable> extends DedupResult<T> {
  /** The elements that are not valid event envelopes, ordered by canonical JSON (always empty with `invalid: "throw"`). */
  readonly invalid: readonly InvalidElement[];
}

/**
 * The ordering step of every reducer: `dedupEvents(sortEvents(events))` in
 * one validating pass that also finds duplicate ids; ordered input is not
 * sorted again, and input without duplicate ids is not deduplicated again.
 * The result is the same for every permutation of the same events.
 *
 * With `include`, only the events it accepts are ordered (see
 * `OrderingOptions`). With `invalid`, every element to order is checked as
 * a complete event envelope first, and the invalid ones are reported
 * (`"report"`: left out, returned in `invalid`) or thrown all at once
 * (`"throw"`: one `InvalidEnvelopeError`); see `SortAndDedupOptions`.
 *
 * @throws OrderingInputError when `events` is not an array or (without `invalid`) an event is invalid.
 * @throws InvalidEnvelopeError with `invalid: "throw"`, listing every invalid element.
 * @throws ArgumentError for bad `options`.
 */
export function sortAndDedup<T extends Orderable>(
  events: readonly T[],
  options: SortAndDedupOptions<T> & { readonly invalid: InvalidEnvelopePolicy },
): CheckedDedupResult<T>;
export function sortAndDedup<T extends Orderable>(events: readonly T[], options?: SortAndDedupOptions<T>): DedupResult<T>;
export function sortAndDedup<T extends Orderable>(events: readonly T[], options?: SortAndDedupOptions<T>): DedupResult<T> | CheckedDedupResult<T> {
  const { include, invalid } = readOptions(options, true);
  const table = new EventTable(events, { groupIds: true, include, checkEnvelopes: invalid !== undefined });
  if (invalid === undefined) return dedupInOrder(table, table.ordered ? undefined : sortedOrder(table));
  const rejected = orderInvalidElements(table.invalidIndices.map((index) => invalidElement(events[index], index)));
  if (invalid === "throw" && rejected.length > 0) throw new InvalidEnvelopeError(rejected);
  return { ...dedupInOrder(table, table.ordered ? undefined : sortedOrder(table)), invalid: rejected };
}
