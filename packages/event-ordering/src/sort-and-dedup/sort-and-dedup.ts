import { InvalidEnvelopeError } from "../errors/invalid-envelope-error.js";
import type { Orderable } from "../key/orderable.js";
import type { CheckedDedupResult, DedupResult } from "./dedup-result.js";
import { dedupSorted } from "./dedup-sorted.js";
import { holdEvents } from "./held-events.js";
import { invalidElement, orderInvalidElements } from "./invalid-element.js";
import type { InvalidEnvelopePolicy, SortAndDedupOptions } from "./options.js";
import { readOptions } from "./read-options.js";
import { sortedOrder } from "./sorted-order.js";

/**
 * The ordering step of every reducer (docs/spec/envelope-and-ordering.md,
 * sections 2 and 3): sorts `events` with `compareEvents` (stably) and
 * keeps, per canonical (upper-case) `event_id`, the first one, which is the
 * smallest under `compareEvents` whatever the input order. Copies with the
 * same canonical JSON are dropped silently; differing versions are
 * reported as one `DuplicateConflict` per id. The result is the same for
 * every permutation of the same events; neither the input array nor its
 * events are modified.
 *
 * With `include`, only the events it accepts are ordered (see
 * `SortAndDedupOptions`). With `invalid`, every element to order is checked
 * as a complete event envelope first, and the invalid ones are reported
 * (`"report"`: left out, returned in `invalid`) or thrown all at once
 * (`"throw"`: one `InvalidEnvelopeError`).
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
  const { include, invalid } = readOptions(options);
  const held = holdEvents(events, include, invalid !== undefined);
  if (invalid === undefined) return dedupSorted(held, sortedOrder(held));
  const rejected = orderInvalidElements(held.invalidIndices.map((index) => invalidElement(events[index], index)));
  if (invalid === "throw" && rejected.length > 0) throw new InvalidEnvelopeError(rejected);
  return { ...dedupSorted(held, sortedOrder(held)), invalid: rejected };
}
