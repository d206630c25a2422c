/** What `sortAndDedup` does with an element that is not a complete, valid event envelope. */
export type InvalidEnvelopePolicy = "report" | "throw";

/** Options of `sortAndDedup`. */
export interface SortAndDedupOptions<T> {
  /**
   * Which events to order: the others are left out as if absent (not
   * checked, not in the result). Called once per element, in input order,
   * before the element is checked; errors name events by their index in
   * the given array. Use it to order one reducer's event types out of a
   * mixed log in one pass over it: cheaper than filtering first, as every
   * event is then read once instead of twice. It may throw (its error
   * propagates).
   */
  readonly include?: ((event: T, index: number) => boolean) | undefined;
  /**
   * Check every element to order as a complete event envelope (all the
   * rules of `@sk/event-envelope`, not only the ordering fields), so that
   * one bad element never aborts the whole log: `"report"` leaves the
   * invalid ones out and returns them in `invalid`, ordered by canonical
   * JSON; `"throw"` throws one `InvalidEnvelopeError` listing all of them.
   * With it, `include` is called only for objects (not arrays) with a
   * string `event_type`: any other element counts as included, and invalid.
   */
  readonly invalid?: InvalidEnvelopePolicy | undefined;
}
