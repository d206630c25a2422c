/** Options of `sortEvents`, `dedupEvents` and `sortAndDedup`. */
export interface OrderingOptions<T> {
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
}
